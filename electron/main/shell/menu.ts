import { Menu } from 'electron';
import { menuTemplate } from './policy/menu-template';

export const setAppMenu = (packaged: boolean): void => {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate({ packaged, platform: process.platform })));
};
