/**
 * The Content-Security-Policy sent as a response header with every bundle file (Electron security
 * checklist #7, "Define a Content Security Policy",
 * https://www.electronjs.org/docs/latest/tutorial/security#7-define-a-content-security-policy).
 * renderer/index.html carries its own meta CSP as well; a browser enforces both, so neither can loosen
 * the other. Only the header can say `frame-ancestors`.
 *
 * - scripts come only from the bundle: no inline script, no eval;
 * - styles allow 'unsafe-inline' because Mantine sets style attributes and injects its CSS variables
 *   in a <style> element; inline CSS cannot run code;
 * - images and fonts may be `data:` (Vite inlines small assets; Mantine's CSS has data: SVGs) and
 *   images `blob:` (documents the app renders itself);
 * - connect-src is the bundle only: calls go over IPC, and no remote host is ever named;
 * - workers fall back to script-src: the document viewer's pdf.js worker is a bundle file, so 'self'
 *   covers it. No 'wasm-unsafe-eval': the viewer runs pdf.js with useWasm off and its JavaScript image
 *   decoders instead (renderer/src/features/chart/documents/pdf-document.ts);
 * - no plugins, frames, <base> rewriting or form posts.
 */
export const cspDirectives: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'frame-src': ["'none'"],
  'frame-ancestors': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
};

export const contentSecurityPolicy = Object.entries(cspDirectives)
  .map(([directive, sources]) => `${directive} ${sources.join(' ')}`)
  .join('; ');
