import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { writeFileAtomic } from '../../../db';

/**
 * Login throttling (SECURITY.md S5): after 5 wrong passwords in a row for one username, that username
 * is refused for 15 minutes, with the same message whether or not the user exists. Kept in a small
 * file beside the keyring so a restart does not reset it. Failures that happen while the chart store
 * is still locked are queued here and written to the audit log at the next successful unlock.
 */
export const maxFailures = 5;
export const lockoutMinutes = 15;

interface Entry {
  failures: number;
  lockedUntil: string | null;
}
export interface PendingFailure {
  at: string;
  username: string;
  workstation: string;
  lockedOut: boolean;
}
interface ThrottleFile {
  entries: Record<string, Entry>;
  pending: PendingFailure[];
}

const keyFor = (username: string) => createHash('sha256').update(`throttle:${username.toLowerCase()}`).digest('hex');

export class LoginThrottle {
  readonly #path: string;
  readonly #now: () => Date;

  constructor(path: string, now: () => Date = () => new Date()) {
    this.#path = path;
    this.#now = now;
  }

  #read(): ThrottleFile {
    if (!existsSync(this.#path)) return { entries: {}, pending: [] };
    try {
      const parsed = JSON.parse(readFileSync(this.#path, 'utf8')) as ThrottleFile;
      return { entries: parsed.entries ?? {}, pending: parsed.pending ?? [] };
    } catch {
      return { entries: {}, pending: [] };
    }
  }

  #write(file: ThrottleFile): void {
    writeFileAtomic(this.#path, JSON.stringify(file));
  }

  /** Minutes left on a lockout, or 0. */
  lockedMinutesLeft(username: string): number {
    const entry = this.#read().entries[keyFor(username)];
    if (!entry?.lockedUntil) return 0;
    const left = Date.parse(entry.lockedUntil) - this.#now().getTime();
    return left > 0 ? Math.ceil(left / 60_000) : 0;
  }

  /** Records a failure; returns true when this failure started a lockout. */
  recordFailure(username: string, workstation: string, queueForAudit: boolean): boolean {
    const file = this.#read();
    const key = keyFor(username);
    const entry = file.entries[key] ?? { failures: 0, lockedUntil: null };
    entry.failures += 1;
    const lockedOut = entry.failures >= maxFailures;
    if (lockedOut) {
      entry.lockedUntil = new Date(this.#now().getTime() + lockoutMinutes * 60_000).toISOString();
      entry.failures = 0;
    }
    file.entries[key] = entry;
    if (queueForAudit) file.pending.push({ at: this.#now().toISOString(), username, workstation, lockedOut });
    this.#write(file);
    return lockedOut;
  }

  recordSuccess(username: string): void {
    const file = this.#read();
    const key = keyFor(username);
    if (!(key in file.entries)) return;
    delete file.entries[key];
    this.#write(file);
  }

  /** Hands over queued failures for the audit log and forgets them. */
  takePending(): PendingFailure[] {
    const file = this.#read();
    if (file.pending.length === 0) return [];
    this.#write({ ...file, pending: [] });
    return file.pending;
  }
}
