import { randomUUID } from 'node:crypto';
import { defaultMigrationsDir } from '../../db';
import type { ChartroomEvent } from '../contract/api';
import type { Result } from '../contract/result';
import type { Connection } from './api/connection';
import { handlers } from './api/handlers';
import { Router } from './api/router';
import { type ChartroomServices, createServices } from './services';
import type { PdfPort } from './services/print/pdf-port';

export type { Connection } from './api/connection';

export interface ChartroomApp {
  readonly services: ChartroomServices;
  openConnection(transport: Connection['transport'], workstation: string): Connection;
  closeConnection(connection: Connection): void;
  call(connection: Connection, name: string, input: unknown): Promise<Result<unknown>>;
  lockAll(reason: 'idle' | 'os-lock' | 'sleep'): void;
  /** The machine woke from sleep: catch up a missed backup (issue 3). */
  resume(): void;
  onEvent(listener: (connectionId: string, event: ChartroomEvent) => void): () => void;
  close(): void;
}

export interface StartOptions {
  dataDir: string;
  appVersion: string;
  migrationsDir?: string;
  validateOutputs?: boolean;
  /** How often idle sessions are looked for; the router also checks at every call. */
  idleSweepMs?: number;
  monotonicClock?: () => number;
  log?: (line: string) => void;
  /** Run the nightly backup schedule in this process (the app and preview); off for one-shot CLI runs and most tests. */
  scheduleBackups?: boolean;
  /** The PDF engine documents are printed with (ARCHITECTURE.md section 6); without one, printing is refused. */
  pdf?: PdfPort;
  /** Stores larger than this are integrity-checked by a worker after sign-in instead of before (see Vault). */
  inlineIntegrityCheckMaxBytes?: number;
}

/**
 * Starts one practice: services, router and the idle sweep. The Electron shell, the preview
 * server, the CLI, the benchmarks and the tests all start Chartroom through here (ARCHITECTURE.md
 * section 1: everything below the transport runs under plain Node).
 */
export const startChartroom = (options: StartOptions): ChartroomApp => {
  const listeners = new Set<(connectionId: string, event: ChartroomEvent) => void>();
  const emit = (connectionId: string, event: ChartroomEvent) => {
    for (const listener of listeners) listener(connectionId, event);
  };
  const log = options.log ?? ((line: string) => console.warn(`[chartroom] ${line}`));
  const services = createServices({
    dataDir: options.dataDir,
    appVersion: options.appVersion,
    log,
    migrationsDir: options.migrationsDir ?? defaultMigrationsDir(),
    emit,
    ...(options.monotonicClock ? { monotonicClock: options.monotonicClock } : {}),
    ...(options.pdf ? { pdf: options.pdf } : {}),
    ...(options.inlineIntegrityCheckMaxBytes === undefined
      ? {}
      : { inlineIntegrityCheckMaxBytes: options.inlineIntegrityCheckMaxBytes }),
  });
  const router = new Router(services, handlers, {
    validateOutputs: options.validateOutputs ?? false,
    log,
  });
  const connections = new Map<string, Connection>();

  const lockIdleSessions = () => {
    if (!services.vault.isOpen) return;
    const limit = services.auth.idleLimitMs();
    for (const session of services.sessions.all()) {
      if (!session.locked && services.sessions.idleMs(session) > limit) {
        services.auth.lock(session, connections.get(session.connectionId)?.workstation ?? '', 'idle');
      }
    }
  };
  const sweep = setInterval(lockIdleSessions, options.idleSweepMs ?? 15_000);
  sweep.unref();
  if (options.scheduleBackups ?? true) services.backup.scheduler.start();

  return {
    services,
    openConnection(transport, workstation) {
      const connection: Connection = { id: randomUUID(), transport, workstation };
      connections.set(connection.id, connection);
      return connection;
    },
    closeConnection(connection) {
      connections.delete(connection.id);
      if (services.sessions.get(connection.id) && services.vault.isOpen) {
        services.auth.logout(connection.id, connection.workstation);
      }
    },
    call: (connection, name, input) => router.call(connection, name, input),
    lockAll(reason) {
      if (!services.vault.isOpen) return;
      for (const session of services.sessions.all()) {
        services.auth.lock(session, connections.get(session.connectionId)?.workstation ?? '', reason);
      }
    },
    resume() {
      void services.backup.scheduler.tick();
    },
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      clearInterval(sweep);
      services.backup.scheduler.stop();
      services.backup.lookups.closeAll();
      services.vault.close();
      void services.pdf.close();
    },
  };
};
