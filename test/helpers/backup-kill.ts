import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';

/**
 * Kill -9 of a real backup run in a child process (test/backup/kill.test.ts). The child is bundled
 * once with esbuild, as the S15 crash test does, together with the backup worker it starts, so
 * each start takes a fraction of a second and the run uses worker threads as the packaged app does.
 *
 * Which step the run is in is read from the outside, from what the child process has open: during
 * the snapshot its worker holds the new .partial open for writing (VACUUM INTO), during verification
 * it holds it open read-only, and just before the rename the main thread opens it again for writing
 * to fsync it (Linux /proc/<pid>/fd and fdinfo). No hook in the product code is needed.
 */
const root = resolve(import.meta.dirname, '../..');

const bundle = (entry: string, outfile: string) =>
  build({
    entryPoints: [join(root, entry)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    external: ['better-sqlite3', '@node-rs/argon2'],
    // As scripts/build.mjs: import.meta.url is the bundle file, so the worker is found beside it.
    define: { 'import.meta.url': '__chartroomImportMetaUrl' },
    banner: { js: "const __chartroomImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
    logLevel: 'error',
  });

/** Bundles the child and the backup worker into `dir`; returns the child script. */
export const bundleBackupChild = async (dir: string): Promise<string> => {
  const script = join(dir, 'backup-child.cjs');
  await bundle('test/helpers/backup-child.ts', script);
  await bundle('electron/main/services/backup/worker.ts', join(dir, 'backup-worker.cjs'));
  return script;
};

export interface Child {
  process: ChildProcess;
  pid: number;
  stdout(): string;
  stderr(): string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Starts the child and resolves once it has signed in and is about to run the backup. */
export const startBackupChild = async (script: string, dataDir: string, migrationsDir: string): Promise<Child> => {
  const child = spawn(process.execPath, [script, dataDir, migrationsDir], {
    env: { ...process.env, NODE_PATH: join(root, 'node_modules') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    out += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    err += chunk.toString();
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolveExit) =>
    child.once('exit', (code, signal) => resolveExit({ code, signal })),
  );
  await new Promise<void>((resolveReady, reject) => {
    const onData = () => {
      if (out.includes('ready\n')) {
        child.stdout?.off('data', onData);
        resolveReady();
      }
    };
    child.stdout?.on('data', onData);
    void exited.then(({ code, signal }) => reject(new Error(`backup child exited early (${code ?? signal}): ${err}`)));
  });
  return { process: child, pid: child.pid!, stdout: () => out, stderr: () => err, exited };
};

export interface OpenFile {
  path: string;
  writable: boolean;
}

/** The files under `folder` that process `pid` (any of its threads) has open now, and how. */
export const openFilesUnder = (pid: number, folder: string): OpenFile[] => {
  let fds: string[];
  try {
    fds = readdirSync(`/proc/${pid}/fd`);
  } catch {
    return [];
  }
  const open: OpenFile[] = [];
  for (const fd of fds) {
    try {
      const path = readlinkSync(`/proc/${pid}/fd/${fd}`);
      if (!path.startsWith(`${folder}/`)) continue;
      const flags = /flags:\s+([0-7]+)/.exec(readFileSync(`/proc/${pid}/fdinfo/${fd}`, 'utf8'))?.[1] ?? '0';
      open.push({ path, writable: (Number.parseInt(flags, 8) & 3) !== 0 });
    } catch {
      // The fd closed between readdir and readlink: it is simply not open any more.
    }
  }
  return open;
};

export const procFdAvailable = (): boolean => existsSync(`/proc/${process.pid}/fdinfo`);

/** Alive and not a zombie (the parent reaps it only when its event loop runs, which the watch loop blocks). */
const alive = (pid: number): boolean => {
  try {
    return !/^\d+ \(.*\) [ZX]/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
};

export interface Observation {
  /** How long the watch took until the kill, ms. */
  afterMs: number;
  /** What the child had open in the destinations at the moment of the kill. */
  open: OpenFile[];
  /** The names in each destination at the moment of the kill. */
  names: string[][];
  /** Steps seen, in order: 'write:<dest>', 'read:<dest>', ... (consecutive duplicates folded). */
  seen: string[];
}

export interface Poll {
  open: OpenFile[];
  names: string[][];
  seen: readonly string[];
}

/**
 * Watches the child as fast as it can (a tight synchronous loop, no timers in between) and sends
 * SIGKILL the moment `when` says so. Returns what was seen at that moment, or null if the child
 * finished (or `timeoutMs` passed) first.
 */
export const killWhen = (
  child: Child,
  destinations: readonly string[],
  when: (poll: Poll) => boolean,
  timeoutMs = 60_000,
): Observation | null => {
  const started = performance.now();
  const seen: string[] = [];
  while (performance.now() - started < timeoutMs) {
    if (!alive(child.pid)) return null;
    const open = destinations.flatMap((d) => openFilesUnder(child.pid, d));
    for (const file of open) {
      const dest = destinations.findIndex((d) => file.path.startsWith(`${d}/`));
      const step = `${file.writable ? 'write' : 'read'}:${dest}`;
      if (file.path.includes('.partial') && seen.at(-1) !== step) seen.push(step);
    }
    const names = destinations.map((d) => (existsSync(d) ? readdirSync(d).sort() : []));
    if (when({ open, names, seen })) {
      child.process.kill('SIGKILL');
      return { afterMs: Math.round(performance.now() - started), open, names, seen: [...seen] };
    }
  }
  return null;
};
