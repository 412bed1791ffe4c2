import { describe, expect, it } from 'vitest';
import { bundleRoot } from '../../../electron/main/shell/policy/bundle';
import { isTrustedSender } from '../../../electron/main/shell/policy/sender';
import { foreignUrls } from './adversarial-urls';

const topFrame = (url: string, origin = 'app://chartroom') => ({ url, origin, parent: null });

describe('isTrustedSender (checklist #17)', () => {
  it('trusts the top-level frame of our bundle', () => {
    expect(isTrustedSender(topFrame('app://chartroom/index.html'), bundleRoot)).toBe(true);
    expect(isTrustedSender(topFrame('app://chartroom/index.html#/patients/42'), bundleRoot)).toBe(true);
  });

  it('refuses a missing frame (navigated away or destroyed mid-call)', () => {
    expect(isTrustedSender(null, bundleRoot)).toBe(false);
    expect(isTrustedSender(undefined, bundleRoot)).toBe(false);
  });

  it('refuses a subframe, even one of ours', () => {
    const parent = topFrame('app://chartroom/index.html');
    expect(isTrustedSender({ ...parent, parent }, bundleRoot)).toBe(false);
  });

  it('refuses a frame whose origin is not ours, whatever its URL says', () => {
    for (const origin of ['null', 'file://', 'http://127.0.0.1:5173', 'app://evil', '']) {
      expect(isTrustedSender(topFrame('app://chartroom/index.html', origin), bundleRoot), origin).toBe(false);
    }
  });

  it.each(foreignUrls)('refuses a frame at %s', (url) => {
    expect(isTrustedSender(topFrame(url), bundleRoot)).toBe(false);
  });
});
