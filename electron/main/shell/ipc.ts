import os from 'node:os';
import { ipcMain, type WebContents } from 'electron';
import { fail, ipcChannels } from '../../contract';
import type { ChartroomApp, Connection } from '../bootstrap';
import { bundleRoot } from './policy/bundle';
import { urlForLog } from './policy/requests';
import { isTrustedSender } from './policy/sender';

export interface IpcTransport {
  /** Gives `contents` its own connection (its session lives there) until it is destroyed. */
  attach(contents: WebContents): void;
  close(): void;
}

/**
 * The IPC transport (ARCHITECTURE.md section 3): ONE invoke channel into the router, ONE push channel
 * out. Every call is checked against its sender frame first (Electron security checklist #17), so a
 * frame that is not our bundle's top-level document gets FORBIDDEN before the router sees anything.
 * Errors cross as codes, never as stacks.
 */
export const startIpcTransport = (chartroom: ChartroomApp): IpcTransport => {
  const attached = new Map<number, { contents: WebContents; connection: Connection }>();

  ipcMain.handle(ipcChannels.call, async (event, name: unknown, input: unknown) => {
    const entry = attached.get(event.sender.id);
    if (!entry || !isTrustedSender(event.senderFrame, bundleRoot)) {
      console.warn(`[chartroom] refused IPC from ${urlForLog(event.senderFrame?.url ?? '')}`);
      return fail('FORBIDDEN', 'This request did not come from the Chartroom window, so it was refused.');
    }
    if (typeof name !== 'string') return fail('BAD_REQUEST', 'The request did not name a Chartroom action.');
    try {
      return await chartroom.call(entry.connection, name, input);
    } catch {
      return fail('INTERNAL', 'Something went wrong inside Chartroom. Try again; if it keeps happening, restart it.');
    }
  });

  const stopEvents = chartroom.onEvent((connectionId, event) => {
    for (const { contents, connection } of attached.values()) {
      if (connection.id === connectionId && !contents.isDestroyed()) contents.send(ipcChannels.events, event);
    }
  });

  return {
    attach(contents) {
      const connection = chartroom.openConnection('ipc', os.hostname());
      attached.set(contents.id, { contents, connection });
      contents.once('destroyed', () => {
        attached.delete(contents.id);
        chartroom.closeConnection(connection);
      });
    },
    close() {
      ipcMain.removeHandler(ipcChannels.call);
      stopEvents();
    },
  };
};
