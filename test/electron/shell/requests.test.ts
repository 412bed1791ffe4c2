import { describe, expect, it } from 'vitest';
import { bundleRoot } from '../../../electron/main/shell/policy/bundle';
import { isAllowedRequest, urlForLog } from '../../../electron/main/shell/policy/requests';
import { foreignUrls } from './adversarial-urls';

const packaged = { devTools: false };
const developing = { devTools: true };

describe('isAllowedRequest (SECURITY.md S13, no network egress)', () => {
  it('allows every file of the bundle', () => {
    for (const url of [
      'app://chartroom/index.html',
      'app://chartroom/assets/index-4f2a.js',
      'app://chartroom/fonts/x.woff2',
    ]) {
      expect(isAllowedRequest(url, bundleRoot, packaged), url).toBe(true);
    }
  });

  it('allows data: and our own blob: URLs, which cannot leave the machine', () => {
    expect(isAllowedRequest('data:image/svg+xml,%3Csvg%3E', bundleRoot, packaged)).toBe(true);
    expect(isAllowedRequest('blob:app://chartroom/7d0c1c2e-0000-4000-8000-000000000000', bundleRoot, packaged)).toBe(
      true,
    );
  });

  const egress = foreignUrls.filter((url) => !url.startsWith('data:'));
  it.each(egress)('blocks %s', (url) => {
    expect(isAllowedRequest(url, bundleRoot, packaged)).toBe(false);
  });

  it('lets the DevTools front end load only while DevTools are enabled', () => {
    const inspector = 'devtools://devtools/bundled/inspector.html';
    expect(isAllowedRequest(inspector, bundleRoot, developing)).toBe(true);
    expect(isAllowedRequest(inspector, bundleRoot, packaged)).toBe(false);
    expect(isAllowedRequest('https://chrome-devtools-frontend.appspot.com/x', bundleRoot, developing)).toBe(false);
  });
});

describe('urlForLog (S14, no PHI in logs)', () => {
  it('drops the query, fragment and credentials', () => {
    expect(urlForLog('https://user:secret@evil.example:8443/track?name=Jane%20Doe&dob=1970-01-01#mrn=123')).toBe(
      'https://evil.example:8443/track',
    );
  });

  it('keeps only the scheme of opaque URLs, whose payload is the content', () => {
    expect(urlForLog('data:text/plain,Jane Doe 1970-01-01')).toBe('data:<opaque>');
    expect(urlForLog('javascript:alert("Jane Doe")')).toBe('javascript:<opaque>');
    expect(urlForLog('blob:https://evil.example/7d0c1c2e')).toBe('blob:<opaque>');
  });

  it('bounds the length and survives garbage', () => {
    expect(urlForLog(`https://evil.example/${'a'.repeat(5000)}`).length).toBeLessThanOrEqual(203);
    expect(urlForLog('not a url')).toBe('<unparseable URL>');
  });
});
