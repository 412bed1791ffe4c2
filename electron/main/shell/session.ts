import type { Session } from 'electron';
import { bundleRoot } from './policy/bundle';
import { isAllowedRequest, urlForLog } from './policy/requests';

/**
 * Locks down a session (applied to the app's partition and, for anything created outside it, the
 * default session):
 * - every permission request and check is denied (Electron security checklist #5, "Handle session
 *   permission requests from remote content"): no camera, microphone, geolocation, notifications,
 *   clipboard reads, HID/USB/serial devices;
 * - every request other than the bundle is cancelled and logged without its query (SECURITY.md S13);
 * - on Windows and Linux Electron fetches Hunspell dictionaries from Google's CDN
 *   (https://www.electronjs.org/docs/latest/tutorial/spellchecker); pointing the downloader at the
 *   bundle keeps that inside the app. macOS uses the OS spellchecker; elsewhere spelling suggestions
 *   appear once the bundle ships dictionaries.
 */
export const hardenSession = (session: Session, options: { devTools: boolean }): void => {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.setSpellCheckerDictionaryDownloadURL(`${bundleRoot}dictionaries/`);
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequest(details.url, bundleRoot, options);
    if (!allowed) console.warn(`[chartroom] blocked request: ${urlForLog(details.url)}`);
    callback({ cancel: !allowed });
  });
};
