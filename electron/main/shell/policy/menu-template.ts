/** The subset of Electron's MenuItemConstructorOptions the app menu uses; menu.ts builds it as is. */
export interface MenuSpec {
  readonly label?: string;
  readonly role?:
    | 'appMenu'
    | 'fileMenu'
    | 'editMenu'
    | 'windowMenu'
    | 'resetZoom'
    | 'zoomIn'
    | 'zoomOut'
    | 'togglefullscreen'
    | 'reload'
    | 'forceReload'
    | 'toggleDevTools';
  readonly type?: 'separator';
  readonly submenu?: MenuSpec[];
}

/**
 * A minimal menu: the platform's app/file, edit (clipboard shortcuts need it on macOS) and window
 * menus, and a View menu with zoom for readability. Reload and DevTools appear only in unpackaged
 * builds: a reload would drop unsaved work, and DevTools would open the renderer to anyone at the desk
 * (SECURITY.md S12). Electron's built-in 'viewMenu' role is not used because it always includes both.
 */
export const menuTemplate = (options: { packaged: boolean; platform: NodeJS.Platform }): MenuSpec[] => {
  const developer: MenuSpec[] = options.packaged
    ? []
    : [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, { type: 'separator' }];
  const view: MenuSpec = {
    label: 'View',
    submenu: [
      ...developer,
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };
  const first: MenuSpec = options.platform === 'darwin' ? { role: 'appMenu' } : { role: 'fileMenu' };
  return [first, { role: 'editMenu' }, view, { role: 'windowMenu' }];
};
