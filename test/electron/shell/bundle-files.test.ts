import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentTypeFor, resolveBundleFile } from '../../../electron/main/shell/policy/bundle-files';
import { foreignUrls } from './adversarial-urls';

const posixDir = '/opt/Chartroom/resources/app.asar/dist/renderer';
const windowsDir = 'C:\\Program Files\\Chartroom\\resources\\app.asar\\dist\\renderer';

describe('resolveBundleFile: app:// never serves a file outside dist/renderer', () => {
  it('maps bundle URLs to files in the renderer folder', () => {
    expect(resolveBundleFile('app://chartroom/index.html', posixDir, path.posix)).toBe(`${posixDir}/index.html`);
    expect(resolveBundleFile('app://chartroom/', posixDir, path.posix)).toBe(`${posixDir}/index.html`);
    expect(resolveBundleFile('app://chartroom/assets/index-4f2a.js?v=1', posixDir, path.posix)).toBe(
      `${posixDir}/assets/index-4f2a.js`,
    );
    expect(resolveBundleFile('app://chartroom/fonts/Inter%20Var.woff2', posixDir, path.posix)).toBe(
      `${posixDir}/fonts/Inter Var.woff2`,
    );
  });

  it('keeps parsed `..` inside the folder', () => {
    expect(resolveBundleFile('app://chartroom/../../../etc/passwd', posixDir, path.posix)).toBe(
      `${posixDir}/etc/passwd`,
    );
    expect(resolveBundleFile('app://chartroom/%2e%2e/%2e%2e/etc/passwd', posixDir, path.posix)).toBe(
      `${posixDir}/etc/passwd`,
    );
  });

  it.each(foreignUrls)('serves nothing for %s', (url) => {
    expect(resolveBundleFile(url, posixDir, path.posix)).toBeNull();
    expect(resolveBundleFile(url, windowsDir, path.win32)).toBeNull();
  });

  it('serves nothing outside the folder under Windows path rules: drive letters, UNC paths, backslashes', () => {
    expect(resolveBundleFile('app://chartroom/index.html', windowsDir, path.win32)).toBe(`${windowsDir}\\index.html`);
    for (const url of [
      'app://chartroom/C:/Windows/win.ini',
      'app://chartroom/C:%2fWindows%2fwin.ini',
      'app://chartroom///server/share/x',
      'app://chartroom/%5c%5cserver%5cshare%5cx',
      'app://chartroom/..%5c..%5cmain%5cindex.cjs',
    ]) {
      expect(resolveBundleFile(url, windowsDir, path.win32), url).toBeNull();
    }
  });
});

describe('contentTypeFor', () => {
  it('gives module scripts a JavaScript type (required for type=module) and unknown files a neutral one', () => {
    expect(contentTypeFor('/x/index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('/x/assets/index-4f2a.JS')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('/x/assets/index.css')).toBe('text/css; charset=utf-8');
    expect(contentTypeFor('/x/fonts/a.woff2')).toBe('font/woff2');
    expect(contentTypeFor('/x/notes.exe')).toBe('application/octet-stream');
  });
});
