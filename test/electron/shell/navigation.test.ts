import { describe, expect, it } from 'vitest';
import { bundleRoot } from '../../../electron/main/shell/policy/bundle';
import { isAllowedNavigation } from '../../../electron/main/shell/policy/navigation';
import { foreignUrls } from './adversarial-urls';

describe('isAllowedNavigation (checklist #13)', () => {
  it('lets a frame show the bundle entry document', () => {
    expect(isAllowedNavigation('app://chartroom/index.html', bundleRoot)).toBe(true);
    expect(isAllowedNavigation('app://chartroom/', bundleRoot)).toBe(true);
    expect(isAllowedNavigation('app://chartroom/index.html?setup=1#/patients', bundleRoot)).toBe(true);
  });

  it('never shows a bundle script, stylesheet or image as a document', () => {
    for (const url of [
      'app://chartroom/assets/index-4f2a.js',
      'app://chartroom/assets/index.css',
      'app://chartroom/logo.svg',
    ]) {
      expect(isAllowedNavigation(url, bundleRoot), url).toBe(false);
    }
  });

  it.each(foreignUrls)('refuses %s', (url) => {
    expect(isAllowedNavigation(url, bundleRoot)).toBe(false);
  });

  it('refuses a file:// page outside a file:// bundle, however the path is spelled', () => {
    const fileRoot = 'file:///opt/Chartroom/resources/app.asar/dist/renderer/';
    expect(isAllowedNavigation(`${fileRoot}index.html`, fileRoot)).toBe(true);
    expect(isAllowedNavigation(`${fileRoot}../../../../../etc/passwd.html`, fileRoot)).toBe(false);
    expect(isAllowedNavigation('file:///home/user/Downloads/invoice.html', fileRoot)).toBe(false);
  });
});
