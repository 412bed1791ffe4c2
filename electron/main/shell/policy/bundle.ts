/**
 * Where the renderer bundle lives, as Chromium sees it.
 *
 * We serve dist/renderer from a privileged custom scheme rather than file:// (Electron security
 * checklist #18, "Avoid usage of the file:// protocol and prefer usage of custom protocols",
 * https://www.electronjs.org/docs/latest/tutorial/security#18-avoid-usage-of-the-file-protocol-and-prefer-usage-of-custom-protocols).
 * Every file on the disk shares the file:// origin, so a same-origin check there means little, and the
 * GrantFileProtocolExtraPrivileges fuse can then be turned off. app://chartroom is one origin that can
 * only ever answer with files from the bundle (see bundle-files.ts), so CSP 'self', the navigation guard
 * and the IPC sender check all mean "our own bundle" and nothing else.
 */
export const bundleScheme = 'app';
export const bundleRoot = `${bundleScheme}://chartroom/`;
export const bundleEntryUrl = `${bundleRoot}index.html`;

const parse = (url: string): URL | null => {
  try {
    return new URL(url);
  } catch {
    return null;
  }
};

/** `app://chartroom` for `app://chartroom/`: what Chromium reports as a frame's origin. */
export const originOf = (root: string): string => {
  const parsed = parse(root);
  return parsed ? `${parsed.protocol}//${parsed.host.toLowerCase()}` : '';
};

/**
 * Traversal the URL parser leaves alone: an encoded slash or backslash (`..%2f`, `%5c`) or a NUL
 * would let a single path segment climb out of the bundle once decoded into a file path.
 */
const hidesTraversal = (pathname: string): boolean => {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return true;
  }
  return decoded.includes('\\') || decoded.includes('\0') || decoded.split('/').includes('..');
};

/**
 * True when `url` names something inside `root` (`app://chartroom/`, or a `file:///.../renderer/`
 * directory): same scheme, host and port, no credentials, a path under the root's path, and no
 * traversal hidden in percent-encoding. `root` must end with `/` so `renderer-evil/` is not inside
 * `renderer`.
 */
export const isWithinBundle = (url: string, root: string): boolean => {
  const target = parse(url);
  const base = parse(root);
  if (!target || !base?.pathname.endsWith('/')) return false;
  return (
    target.protocol === base.protocol &&
    target.host.toLowerCase() === base.host.toLowerCase() &&
    target.username === '' &&
    target.password === '' &&
    target.pathname.startsWith(base.pathname) &&
    !hidesTraversal(target.pathname)
  );
};
