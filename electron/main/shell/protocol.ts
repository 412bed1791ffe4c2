import { readFile } from 'node:fs/promises';
import { protocol, type Session } from 'electron';
import { bundleScheme } from './policy/bundle';
import { contentTypeFor, resolveBundleFile } from './policy/bundle-files';
import { contentSecurityPolicy } from './policy/csp';

/**
 * Declares app:// before the app is ready (Electron requires it then). `standard` gives the scheme a
 * real origin (`app://chartroom`) and relative URL resolution, `secure` treats it like https. Nothing
 * more: no bypassCSP, no service workers, no CORS. The scheme is never registered with the OS
 * (setAsDefaultProtocolClient), so no other program can hand Chartroom an app:// link.
 */
export const registerBundleScheme = (): void => {
  protocol.registerSchemesAsPrivileged([
    { scheme: bundleScheme, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
};

const notFound = () => new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain' } });

/** Serves the files of `rendererDir` (and nothing else) on app:// in `session`, with the CSP header. */
export const serveBundle = (session: Session, rendererDir: string): void => {
  session.protocol.handle(bundleScheme, async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return new Response(null, { status: 405 });
    const file = resolveBundleFile(request.url, rendererDir);
    if (!file) return notFound();
    try {
      const body = await readFile(file);
      return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
        headers: {
          'content-type': contentTypeFor(file),
          'content-security-policy': contentSecurityPolicy,
          'x-content-type-options': 'nosniff',
          'cache-control': 'no-store',
        },
      });
    } catch {
      return notFound();
    }
  });
};
