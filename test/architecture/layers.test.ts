import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importSpecifiers, layerViolations, type SourceFile } from './layer-rules';

const root = join(import.meta.dirname, '..', '..');

const sourceFiles = (folder: string): SourceFile[] => {
  const files: SourceFile[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (name === 'node_modules' || name === 'dist') continue;
      if (statSync(full).isDirectory()) walk(full);
      else if (/\.(ts|tsx|mts|mjs)$/.test(name)) {
        files.push({
          path: relative(root, full).replace(/\\/g, '/'),
          imports: importSpecifiers(readFileSync(full, 'utf8')),
        });
      }
    }
  };
  walk(join(root, folder));
  return files;
};

describe('layer rules (ARCHITECTURE.md section 2)', () => {
  it('holds for every source file', () => {
    const files = ['electron', 'db', 'renderer', 'scripts'].flatMap(sourceFiles);
    expect(files.length).toBeGreaterThan(40);
    expect(layerViolations(files)).toEqual([]);
  });

  it('catches each kind of violation', () => {
    const bad: SourceFile[] = [
      {
        path: 'renderer/src/features/chart/ChartPage.tsx',
        imports: ['node:fs', '../../../../db', '../patients/components/Form', 'electron'],
      },
      { path: 'electron/preload/index.ts', imports: ['zod', '../main/bootstrap'] },
      { path: 'electron/contract/api.ts', imports: ['react', '../main/services'] },
      { path: 'electron/main/services/auth.ts', imports: ['electron', '../../../renderer/src/platform'] },
      { path: 'electron/main/api/router.ts', imports: ['../../../db/store/open'] },
      { path: 'scripts/bench/plaintext-copy.ts', imports: ['../../db/store/pragmas'] },
      { path: 'db/store/open.ts', imports: ['../../test/helpers/practice'] },
      { path: 'electron/main/services/print/service.ts', imports: ['playwright-core'] },
      { path: 'electron/main/bootstrap.ts', imports: ['./preview/chromium-pdf'] },
    ];
    const found = layerViolations(bad).join('\n');
    for (const rule of [
      'rule 1',
      'rule 2',
      'rule 3',
      'rule 4',
      'rule 5',
      'scripts/bench/plaintext-copy.ts imports "../../db/store/pragmas": rule 5',
      'rule 6',
      'rule 7',
      'rule 8: only electron/main/preview uses Playwright',
      'rule 8: only the preview script and the tests',
      'only electron/main/shell',
    ]) {
      expect(found).toContain(rule);
    }
  });

  it('allows what the rules allow', () => {
    const good: SourceFile[] = [
      {
        path: 'renderer/src/features/chart/ChartPage.tsx',
        imports: ['react', '@mantine/core', '../../../../electron/contract', '../patients', '../../platform'],
      },
      { path: 'electron/preload/index.ts', imports: ['electron', '../contract'] },
      { path: 'electron/main/services/auth.ts', imports: ['../../../db', 'node:crypto', '../../contract/errors'] },
      { path: 'electron/main/shell/window.ts', imports: ['electron', '../bootstrap'] },
      { path: 'electron/main/preview/chromium-pdf.ts', imports: ['playwright-core', '../services/print/pdf-port'] },
      { path: 'scripts/preview.ts', imports: ['../electron/main/preview/chromium-pdf'] },
    ];
    expect(layerViolations(good)).toEqual([]);
  });
});
