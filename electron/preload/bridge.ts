import type { CallProcedure, ChartroomBridge, ChartroomEvent } from '../contract/api';
import { procedureNames } from '../contract/procedures';

export type Subscribe = (listener: (event: ChartroomEvent) => void) => () => void;

/**
 * Builds `window.chartroom` from the contract: one named function per procedure,
 * `chartroom.<domain>.<action>(input)`, plus `onEvent`. Nothing generic (no invoke(name), no
 * ipcRenderer) is ever handed to the page (Electron security checklist #20 and ARCHITECTURE.md section 2),
 * so a script injected into the renderer can reach only what the contract names, and the router still
 * checks each call. Pure: the preload passes the IPC functions in, tests pass fakes.
 */
export const buildBridge = (call: CallProcedure, subscribe: Subscribe): ChartroomBridge => {
  const domains: Record<string, Record<string, (input: unknown) => ReturnType<CallProcedure>>> = {};
  for (const name of procedureNames) {
    const [domain = '', action = ''] = name.split('.');
    domains[domain] ??= {};
    // `?? {}` as in the preview transport (renderer/src/platform), so a call without input behaves alike on both.
    domains[domain][action] = (input) => call(name, input ?? {});
  }
  return { ...domains, onEvent: (listener) => subscribe(listener) } as ChartroomBridge;
};
