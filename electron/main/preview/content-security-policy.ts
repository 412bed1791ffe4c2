/**
 * The renderer's Content Security Policy, sent by the preview server; the app's index.html carries
 * the same policy in a meta tag (Electron security checklist, item 7). Mantine injects style
 * attributes, hence 'unsafe-inline' for styles only; scripts come from the bundle alone.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
