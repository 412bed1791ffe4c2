// Builds everything the Electron app loads (ARCHITECTURE.md sections 1-2):
//   dist/renderer/         the React bundle (Vite, config owned by renderer/vite.config.ts)
//   dist/main/index.cjs    main process: one CommonJS file for Node 22; native modules stay external
//                          so they load from node_modules (app.asar.unpacked when packaged)
//   dist/main/backup-worker.cjs  the backup worker thread, bundled the same way
//   dist/preload/index.cjs sandboxed preload: CommonJS with the contract and zod inlined, because a
//                          sandboxed preload can require only 'electron'
//   dist/migrations/       the drizzle migrations for unpackaged runs: db/store/migrate.ts finds them at
//                          '../migrations/' from import.meta.url, which in the bundle is dist/main/index.cjs
//                          (packaged builds get them from resources/migrations instead)
// Every step runs and reports; the exit code is 1 if any step failed, naming it.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const at = (relative) => path.join(root, relative);

const renderer = () => {
  const vite = spawnSync(
    process.execPath,
    [at('node_modules/vite/bin/vite.js'), 'build', '--config', 'renderer/vite.config.ts'],
    { cwd: root, stdio: 'inherit' },
  );
  if (vite.error) throw vite.error;
  if (vite.status !== 0) throw new Error(`vite build exited with ${vite.status}`);
};

const nodeBundle = (entry, outfile) =>
  build({
    entryPoints: [at(entry)],
    outfile: at(outfile),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    external: ['electron', 'better-sqlite3', '@node-rs/argon2'],
    // import.meta.url does not exist in CommonJS; point it at the bundle file itself.
    define: { 'import.meta.url': '__chartroomImportMetaUrl' },
    banner: { js: "const __chartroomImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
    logLevel: 'warning',
  });

const main = async () => {
  rmSync(at('dist/main'), { recursive: true, force: true });
  await nodeBundle('electron/main/index.ts', 'dist/main/index.cjs');
  // Snapshots and verification run in a worker thread (services/backup/worker-client.ts finds it beside index.cjs).
  await nodeBundle('electron/main/services/backup/worker.ts', 'dist/main/backup-worker.cjs');
};

const preload = async () => {
  rmSync(at('dist/preload'), { recursive: true, force: true });
  await build({
    entryPoints: [at('electron/preload/index.ts')],
    outfile: at('dist/preload/index.cjs'),
    bundle: true,
    platform: 'browser',
    format: 'cjs',
    target: 'es2023',
    external: ['electron'],
    // Most of the bundle is zod (with its locales); minified it parses faster at every window start.
    minify: true,
    logLevel: 'warning',
  });
};

const migrations = () => {
  const source = at('db/migrations');
  if (!existsSync(source)) throw new Error('db/migrations does not exist');
  rmSync(at('dist/migrations'), { recursive: true, force: true });
  cpSync(source, at('dist/migrations'), { recursive: true });
};

const steps = { renderer, main, preload, migrations };
const failed = [];
for (const [name, step] of Object.entries(steps)) {
  const started = performance.now();
  try {
    await step();
    console.log(`build ${name}: ok (${Math.round(performance.now() - started)} ms)`);
  } catch (error) {
    failed.push(name);
    console.error(`build ${name}: FAILED - ${error instanceof Error ? error.message.split('\n')[0] : error}`);
  }
}
if (failed.length > 0) {
  console.error(`build FAILED in: ${failed.join(', ')}`);
  process.exit(1);
}
