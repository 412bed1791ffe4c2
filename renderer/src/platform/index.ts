import {
  type ChartroomApi,
  type ChartroomBridge,
  type ChartroomEvent,
  type ErrorCode,
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

type RawCall = (name: ProcedureName, input: unknown) => Promise<Result<unknown>>;

const transport = (): { call: RawCall; onEvent: ChartroomBridge['onEvent'] } => {
  const bridge = window.chartroom;
  if (!bridge) return createHttpTransport();
  const byName = bridge as unknown as Record<string, Record<string, (input: unknown) => Promise<Result<unknown>>>>;
  return {
    call: (name, input) => {
      const [domain, action] = name.split('.') as [string, string];
      return byName[domain]![action]!(input);
    },
    onEvent: (listener) => bridge.onEvent(listener),
  };
};

/** Refusals that mean the session is locked, timed out or gone: the screen must lock at once. */
const sessionLossCodes: readonly ErrorCode[] = ['SESSION_LOCKED', 'SESSION_EXPIRED', 'UNAUTHENTICATED'];
export const isSessionLoss = (code: ErrorCode): boolean => sessionLossCodes.includes(code);
const sessionLossListeners = new Set<(code: ErrorCode) => void>();

const { call, onEvent } = transport();

const buildApi = (): ChartroomApi => {
  const api: Record<string, Record<string, (input: unknown) => Promise<Result<unknown>>>> = {};
  for (const name of procedureNames) {
    const [domain, action] = name.split('.') as [string, string];
    api[domain] ??= {};
    api[domain][action] = async (input: unknown) => {
      const result = await call(name, input ?? {});
      if (!result.ok && isSessionLoss(result.error.code))
        for (const listener of sessionLossListeners) listener(result.error.code);
      return result;
    };
  }
  return api as unknown as ChartroomApi;
};

export const api: ChartroomApi = buildApi();
export const onChartroomEvent = (listener: (event: ChartroomEvent) => void): (() => void) => onEvent(listener);

/**
 * Every call refused for a lost session is reported here, whichever feature made it, so the app can
 * take patient data off the screen without each feature remembering to check.
 */
export const onSessionLoss = (listener: (code: ErrorCode) => void): (() => void) => {
  sessionLossListeners.add(listener);
  return () => sessionLossListeners.delete(listener);
};
