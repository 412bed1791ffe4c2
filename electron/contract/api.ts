import type { InputOf, OutputOf, ProcedureName } from './procedures';
import type { Result } from './result';

type DomainOf<N extends string> = N extends `${infer D}.${string}` ? D : never;
type ActionOf<N extends string, D extends string> = N extends `${D}.${infer A}` ? A : never;

/** `window.chartroom` as the renderer sees it: `api.patients.search({ query })` returns `Promise<Result<...>>`. */
export type ChartroomApi = {
  [D in DomainOf<ProcedureName>]: {
    [A in ActionOf<ProcedureName, D>]: `${D}.${A}` extends infer N extends ProcedureName
      ? (input: InputOf<N>) => Promise<Result<OutputOf<N>>>
      : never;
  };
};

/** The one raw call every transport implements; the typed API is built on it. */
export type CallProcedure = (name: ProcedureName, input: unknown) => Promise<Result<unknown>>;

/** Push events from the main process, over one typed channel. */
export type ChartroomEvent = { type: 'session.locked'; reason: 'idle' | 'os-lock' | 'sleep' };

export const ipcChannels = { call: 'chartroom:call', events: 'chartroom:events' } as const;

/** What the preload puts on `window.chartroom`: the typed API plus a subscription to push events. */
export type ChartroomBridge = ChartroomApi & {
  onEvent(listener: (event: ChartroomEvent) => void): () => void;
};
