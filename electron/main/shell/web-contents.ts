import { shell, type WebContents } from 'electron';
import { bundleRoot } from './policy/bundle';
import { isAllowedExternalLink } from './policy/external-links';
import { isAllowedNavigation } from './policy/navigation';
import { urlForLog } from './policy/requests';

const refuse = (url: string): void => {
  console.warn(`[chartroom] blocked navigation: ${urlForLog(url)}`);
  if (isAllowedExternalLink(url)) void shell.openExternal(url);
};

/**
 * Guards one webContents; index.ts applies it to every webContents the app ever creates
 * ('web-contents-created'), so no window, DevTools page or future helper window escapes it.
 * - navigation of any frame outside the bundle is cancelled ('will-frame-navigate' covers the main
 *   frame and subframes, 'will-redirect' server redirects) - checklist #13;
 * - window.open and target=_blank never create a window - checklist #14; an allowlisted https link
 *   goes to the user's browser instead - checklist #15;
 * - <webview> can never attach - checklist #12.
 */
export const guardWebContents = (contents: WebContents): void => {
  contents.on('will-frame-navigate', (event) => {
    if (isAllowedNavigation(event.url, bundleRoot)) return;
    event.preventDefault();
    refuse(event.url);
  });
  contents.on('will-redirect', (event) => {
    if (isAllowedNavigation(event.url, bundleRoot)) return;
    event.preventDefault();
    refuse(event.url);
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    refuse(url);
    return { action: 'deny' };
  });
};
