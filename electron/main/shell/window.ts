import { BrowserWindow } from 'electron';
import { bundleEntryUrl } from './policy/bundle';
import { secureWebPreferences } from './policy/web-preferences';

/** The one Chartroom window: secure webPreferences, shown once painted, loading the bundle over app://. */
export const createMainWindow = (options: { preloadPath: string; packaged: boolean }): BrowserWindow => {
  const window = new BrowserWindow({
    width: 1360,
    height: 860,
    minWidth: 1024,
    minHeight: 640,
    show: false,
    title: 'Chartroom',
    webPreferences: secureWebPreferences(options.preloadPath, { packaged: options.packaged }),
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(bundleEntryUrl);
  return window;
};
