import { describe, expect, it } from 'vitest';
import { type MenuSpec, menuTemplate } from '../../../electron/main/shell/policy/menu-template';

const roles = (items: readonly MenuSpec[]): string[] =>
  items.flatMap((item) => [...(item.role ? [item.role] : []), ...roles(item.submenu ?? [])]);

const developerRoles = ['reload', 'forceReload', 'toggleDevTools', 'viewMenu'];

describe('menuTemplate (S12: no reload or DevTools in packaged builds)', () => {
  it.each(['darwin', 'win32', 'linux'] as const)('has neither on %s when packaged', (platform) => {
    const found = roles(menuTemplate({ packaged: true, platform }));
    for (const role of developerRoles) expect(found, role).not.toContain(role);
    expect(found).toContain('editMenu');
    expect(found).toContain('zoomIn');
  });

  it('offers them while developing', () => {
    const found = roles(menuTemplate({ packaged: false, platform: 'linux' }));
    expect(found).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
  });

  it('uses the macOS app menu on macOS and a File menu elsewhere', () => {
    expect(menuTemplate({ packaged: true, platform: 'darwin' })[0]?.role).toBe('appMenu');
    expect(menuTemplate({ packaged: true, platform: 'win32' })[0]?.role).toBe('fileMenu');
  });
});
