import { isWithinBundle } from './bundle';

/**
 * SECURITY.md S13, no network egress: the only requests a Chartroom window may make are for the
 * app's own bundle. `data:` carries its bytes inside the URL and same-origin `blob:` URLs are memory
 * the page made itself, so neither can leave the machine; CSP (csp.ts) decides where the page may use
 * them. `devtools:` is allowed only while DevTools are enabled (never in packaged builds), because the
 * DevTools front end shares the inspected page's session and its requests come through this filter.
 */
export const isAllowedRequest = (url: string, root: string, options: { devTools: boolean }): boolean => {
  if (isWithinBundle(url, root)) return true;
  if (url.startsWith('data:')) return true;
  if (url.startsWith('blob:')) return isWithinBundle(url.slice('blob:'.length), root);
  return options.devTools && url.startsWith('devtools://');
};

const maxLoggedLength = 200;

/**
 * A blocked URL as it may appear in a log (S14, logs carry no PHI): scheme, host and path only.
 * The query string and fragment are where search terms, names and tokens travel, and credentials
 * never belong in a log; opaque URLs (`data:`, `javascript:`, `blob:`) carry their whole payload, so
 * only their scheme is kept.
 */
export const urlForLog = (url: string): string => {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return '<unparseable URL>';
  }
  const hierarchical = parsed.href.startsWith(`${parsed.protocol}//`) && parsed.protocol !== 'blob:';
  const shown = hierarchical ? `${parsed.protocol}//${parsed.host}${parsed.pathname}` : `${parsed.protocol}<opaque>`;
  return shown.length > maxLoggedLength ? `${shown.slice(0, maxLoggedLength)}...` : shown;
};
