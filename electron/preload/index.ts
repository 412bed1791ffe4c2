import { contextBridge, type IpcRendererEvent, ipcRenderer } from 'electron';
import { type ChartroomEvent, ipcChannels } from '../contract/api';
import { buildBridge } from './bridge';

// Sandboxed preload (checklist #4): bundled to dist/preload/index.cjs by scripts/build.mjs because a
// sandboxed preload can only require('electron'), not ESM or npm packages.
const bridge = buildBridge(
  (name, input) => ipcRenderer.invoke(ipcChannels.call, name, input),
  (listener) => {
    // The page gets the event only, never the IpcRendererEvent: its `sender` is ipcRenderer itself
    // (checklist #20, https://www.electronjs.org/docs/latest/tutorial/security#20-do-not-expose-electron-apis-to-untrusted-web-content).
    const forward = (_event: IpcRendererEvent, event: ChartroomEvent) => listener(event);
    ipcRenderer.on(ipcChannels.events, forward);
    return () => {
      ipcRenderer.removeListener(ipcChannels.events, forward);
    };
  },
);

contextBridge.exposeInMainWorld('chartroom', bridge);
