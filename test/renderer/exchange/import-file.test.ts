import { describe, expect, it } from 'vitest';
import { maxImportFileBytes } from '../../../electron/contract';
import { importFileProblem } from '../../../renderer/src/features/exchange/import-file';

describe('importFileProblem', () => {
  it('lets a file up to the contract limit go', () => {
    expect(importFileProblem({ name: 'bundle.json', size: maxImportFileBytes })).toBeNull();
    expect(importFileProblem({ name: 'bundle.json', size: 1 })).toBeNull();
  });

  it('refuses a larger file before reading it, saying its size and the limit', () => {
    expect(importFileProblem({ name: 'everything.json', size: 62.3 * 1024 * 1024 })).toBe(
      'everything.json is 62.3 MB; Chartroom imports files of up to 50 MB. Ask the other system for a file per group of patients.',
    );
  });
});
