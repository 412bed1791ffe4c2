// Type-checks each layer with its own tsconfig, so a layer cannot lean on types it may not use:
// the contract sees no Node or DOM, the renderer no Node, services no Electron (ARCHITECTURE.md section 2).
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const projects = readdirSync(new URL('../tsconfig/', import.meta.url)).filter((f) => f.endsWith('.json'));
let failed = 0;
for (const project of projects) {
  const started = performance.now();
  const run = spawnSync('npx', ['tsc', '--noEmit', '-p', `tsconfig/${project}`], { stdio: 'inherit' });
  const ms = Math.round(performance.now() - started);
  console.log(`typecheck ${project}: ${run.status === 0 ? 'ok' : 'FAILED'} (${ms} ms)`);
  if (run.status !== 0) failed++;
}
process.exit(failed === 0 ? 0 : 1);
