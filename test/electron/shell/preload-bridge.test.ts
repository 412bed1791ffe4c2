import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type ChartroomEvent, type ProcedureName, procedureNames } from '../../../electron/contract';
import { buildBridge } from '../../../electron/preload/bridge';

const build = () => {
  const calls: Array<[ProcedureName, unknown]> = [];
  const listeners = new Set<(event: ChartroomEvent) => void>();
  const bridge = buildBridge(
    async (name, input) => {
      calls.push([name, input]);
      return { ok: true, value: name };
    },
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  );
  return { bridge, calls, listeners };
};

/** Every function reachable on the bridge, as `domain.action` (or `onEvent`). */
const functionPaths = (value: object, prefix = ''): string[] =>
  Object.entries(value).flatMap(([key, member]) =>
    typeof member === 'function' ? [`${prefix}${key}`] : functionPaths(member as object, `${prefix}${key}.`),
  );

describe('the preload bridge (S12: only named functions; checklist #20)', () => {
  it('exposes exactly one function per contract procedure, plus onEvent', () => {
    const { bridge } = build();
    expect(functionPaths(bridge).sort()).toEqual([...procedureNames, 'onEvent'].sort());
  });

  it('exposes no generic way in', () => {
    const { bridge } = build();
    for (const key of ['invoke', 'call', 'send', 'on', 'ipcRenderer', 'require', 'process']) {
      expect(Object.keys(bridge)).not.toContain(key);
    }
  });

  it('sends each named function to its own procedure, with the input untouched (none means {}, as over HTTP)', async () => {
    const { bridge, calls } = build();
    const input = { query: "O'Brien; DROP TABLE patients" };
    await expect(bridge.patients.search(input)).resolves.toEqual({ ok: true, value: 'patients.search' });
    await bridge.auth.session({});
    await (bridge.auth.lock as (input?: unknown) => Promise<unknown>)();
    expect(calls).toEqual([
      ['patients.search', input],
      ['auth.session', {}],
      ['auth.lock', {}],
    ]);
  });

  it('delivers push events and returns a working unsubscribe', () => {
    const { bridge, listeners } = build();
    const seen: ChartroomEvent[] = [];
    const unsubscribe = bridge.onEvent((event) => seen.push(event));
    for (const listener of listeners) listener({ type: 'session.locked', reason: 'sleep' });
    unsubscribe();
    expect(seen).toEqual([{ type: 'session.locked', reason: 'sleep' }]);
    expect(listeners.size).toBe(0);
  });
});

describe('the preload entry', () => {
  const source = readFileSync(new URL('../../../electron/preload/index.ts', import.meta.url), 'utf8');

  it('puts one thing on window, the bridge, and imports only electron, the contract and the builder', () => {
    expect(source.match(/exposeInMainWorld\(/g)).toHaveLength(1);
    expect(source).toContain("exposeInMainWorld('chartroom', bridge)");
    const imports = [...source.matchAll(/from '([^']+)'/g)].map((match) => match[1]);
    expect(imports.sort()).toEqual(['../contract/api', './bridge', 'electron']);
  });

  it('never hands the IPC event (whose sender is ipcRenderer) to the page', () => {
    expect(source).toMatch(/\(_event: IpcRendererEvent, event: ChartroomEvent\) => listener\(event\)/);
  });
});
