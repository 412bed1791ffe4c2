import { describe, expect, it } from 'vitest';
import { bundleEntryUrl, bundleRoot, isWithinBundle, originOf } from '../../../electron/main/shell/policy/bundle';
import { foreignUrls } from './adversarial-urls';

const fileRoot = 'file:///opt/Chartroom/resources/app.asar/dist/renderer/';

describe('the bundle origin', () => {
  it('is a custom app:// origin, not file://', () => {
    expect(bundleRoot).toBe('app://chartroom/');
    expect(bundleEntryUrl).toBe('app://chartroom/index.html');
    expect(originOf(bundleRoot)).toBe('app://chartroom');
  });

  it('contains its own files, whatever case Chromium gives the host', () => {
    for (const url of ['app://chartroom/', 'app://chartroom/index.html', 'app://CHARTROOM/assets/index-4f2a.js']) {
      expect(isWithinBundle(url, bundleRoot), url).toBe(true);
    }
  });

  it.each(foreignUrls)('does not contain %s', (url) => {
    expect(isWithinBundle(url, bundleRoot)).toBe(false);
  });

  it('holds for a file:// root too: siblings, parents and traversal are outside', () => {
    expect(isWithinBundle(`${fileRoot}index.html`, fileRoot)).toBe(true);
    for (const url of [
      'file:///etc/passwd',
      'file:///opt/Chartroom/resources/app.asar/dist/renderer/../main/index.cjs',
      'file:///opt/Chartroom/resources/app.asar/dist/renderer/%2e%2e/main/index.cjs',
      'file:///opt/Chartroom/resources/app.asar/dist/renderer/..%2fmain/index.cjs',
      'file:///opt/Chartroom/resources/app.asar/dist/renderer-evil/index.html',
      'file:///opt/Chartroom/resources/app.asar/dist/renderer',
      'file://attacker/opt/Chartroom/resources/app.asar/dist/renderer/index.html',
    ]) {
      expect(isWithinBundle(url, fileRoot), url).toBe(false);
    }
  });

  it('refuses a root without a trailing slash, which would let renderer-evil/ in', () => {
    expect(isWithinBundle('file:///dist/renderer-evil/x.html', 'file:///dist/renderer')).toBe(false);
  });
});
