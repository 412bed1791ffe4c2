import { isWithinBundle } from './bundle';

/**
 * Electron security checklist #13, "Disable or limit navigation"
 * (https://www.electronjs.org/docs/latest/tutorial/security#13-disable-or-limit-navigation):
 * a frame may only ever show one of the bundle's own HTML documents. Anything else (a remote page,
 * a file on disk, `javascript:`, `data:`, a script or image opened as a document) is refused, so a
 * link or script injected into a note can never replace the app with a page of its own.
 */
export const isAllowedNavigation = (url: string, root: string): boolean => {
  if (!isWithinBundle(url, root)) return false;
  const { pathname } = new URL(url);
  return pathname.endsWith('/') || pathname.endsWith('.html');
};
