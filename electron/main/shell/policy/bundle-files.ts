import path from 'node:path';
import { bundleRoot, isWithinBundle } from './bundle';

/**
 * The file on disk that an `app://chartroom/...` request names, or null when it names none.
 * The URL check refuses encoded traversal; the final containment check is the one that matters,
 * because it runs on the real file path: whatever a URL decodes to (`..`, `C:/`, a UNC path), a file
 * outside `rendererDir` is never read. `paths` is injectable so Windows path rules can be tested on
 * any machine.
 */
export const resolveBundleFile = (
  url: string,
  rendererDir: string,
  paths: path.PlatformPath = path,
  root: string = bundleRoot,
): string | null => {
  if (!isWithinBundle(url, root)) return null;
  const relative = decodeURIComponent(new URL(url).pathname.slice(new URL(root).pathname.length));
  const base = paths.resolve(rendererDir);
  const file = paths.resolve(base, relative === '' || relative.endsWith('/') ? `${relative}index.html` : relative);
  const inside = paths.relative(base, file);
  return inside !== '' && !inside.startsWith('..') && !paths.isAbsolute(inside) ? file : null;
};

const contentTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

/** Module scripts are refused without a JavaScript MIME type, and `nosniff` means no guessing. */
export const contentTypeFor = (file: string): string =>
  contentTypes[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
