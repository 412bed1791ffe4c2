import {
  type ChartroomApi,
  type ChartroomBridge,
  type ChartroomEvent,
  type ProcedureName,
  procedureNames,
  type Result,
} from '../../../electron/contract';
import { createHttpTransport } from './http-transport';

/**
 * The only reader of `window.chartroom` (ARCHITECTURE.md section 2). In the app the preload exposes the
 * bridge over IPC; in preview and E2E the same typed API is built over loopback HTTP. Features import
 * `api` from here and never know which transport carries their calls.
 */
declare global {
  interface Window {
    chartroom?: ChartroomBridge;
  }
}

const buildHttpApi = (): ChartroomBridge => {
  const transport = createHttpTransport();
  const api: Record<string, Record<string, (input: unknown) => Promise<Result<unknown>>>> = {};
  for (const name of procedureNames) {
    const [domain, action] = name.split('.') as [string, string];
    api[domain] ??= {};
    api[domain][action] = (input: unknown) => transport.call(name as ProcedureName, input ?? {});
  }
  return Object.assign(api as unknown as ChartroomApi, { onEvent: transport.onEvent });
};

const bridge: ChartroomBridge = window.chartroom ?? buildHttpApi();

export const api: ChartroomApi = bridge;
export const onChartroomEvent = (listener: (event: ChartroomEvent) => void): (() => void) => bridge.onEvent(listener);
