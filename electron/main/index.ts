import path from 'node:path';
import { app, type BrowserWindow, dialog, session } from 'electron';
import { startChartroom } from './bootstrap';
import { startIpcTransport } from './shell/ipc';
import { dataDirFrom } from './shell/launch-options';
import { setAppMenu } from './shell/menu';
import { appPartition } from './shell/policy/web-preferences';
import { lockOnOsLockAndSleep } from './shell/power';
import { electronPdf } from './shell/print-to-pdf';
import { registerBundleScheme, serveBundle } from './shell/protocol';
import { hardenSession } from './shell/session';
import { guardWebContents } from './shell/web-contents';
import { createMainWindow } from './shell/window';

// Electron entry (ARCHITECTURE.md section 2): single-instance lock and app lifecycle; everything
// that touches Electron lives in ./shell, everything that touches the chart store behind ./bootstrap.
// This file is bundled to dist/main/index.cjs, so __dirname is dist/main.

const packaged = app.isPackaged;
let mainWindow: BrowserWindow | null = null;

const focusMainWindow = (): void => {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
};

const start = (): void => {
  const chartroom = startChartroom({
    dataDir: dataDirFrom(process.argv, path.join(app.getPath('userData'), 'practice')),
    appVersion: app.getVersion(),
    migrationsDir: packaged ? path.join(process.resourcesPath, 'migrations') : undefined,
    pdf: electronPdf(),
  });
  const appSession = session.fromPartition(appPartition);
  for (const each of [session.defaultSession, appSession]) hardenSession(each, { devTools: !packaged });
  serveBundle(appSession, path.join(__dirname, '..', 'renderer'));
  const transport = startIpcTransport(chartroom);
  lockOnOsLockAndSleep(chartroom);
  setAppMenu(packaged);

  mainWindow = createMainWindow({ preloadPath: path.join(__dirname, '..', 'preload', 'index.cjs'), packaged });
  transport.attach(mainWindow.webContents);
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  app.once('will-quit', () => {
    transport.close();
    chartroom.close();
  });
};

// SECURITY.md S12 and "second app instance (exits, first one focuses)": two processes must never
// hold the same chart store open.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  // Checklist #4: sandbox every renderer, including any created without our webPreferences.
  app.enableSandbox();
  registerBundleScheme();
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents));
  app.on('second-instance', focusMainWindow);
  // Quit with the last window on every platform, macOS included: an EMR should not keep the chart
  // store open and a session alive with no window on screen.
  app.on('window-all-closed', () => app.quit());
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      dialog.showErrorBox('Chartroom could not start', error instanceof Error ? error.message : String(error));
      app.exit(1);
    });
}
