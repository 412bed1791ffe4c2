import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderRoleTable } from './role-table';

const root = join(import.meta.dirname, '..', '..');

/** Cell contents only: the formatter pads Markdown tables, which changes nothing a reader sees. */
const cells = (table: string) =>
  table
    .trim()
    .split('\n')
    .map((line) =>
      line
        .split('|')
        .map((cell) =>
          cell
            .trim()
            .replace(/^:-+:$/, ':-:')
            .replace(/^-+$/, '---'),
        )
        .join('|'),
    );

describe('docs stay true', () => {
  it('docs/roles.md shows the permission table the router enforces', () => {
    const doc = readFileSync(join(root, 'docs/roles.md'), 'utf8');
    const table = doc.split('<!-- role-table:start -->')[1]?.split('<!-- role-table:end -->')[0]?.trim();
    expect(
      cells(table ?? ''),
      'Regenerate the table with renderRoleTable() in test/architecture/role-table.ts',
    ).toEqual(cells(renderRoleTable()));
  });

  it('the README names the two commands, the demo, the CLI and the preview', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    for (const phrase of [
      'npm install && npm start',
      'npm test',
      'npm run demo',
      'npm run cli --',
      'npm run preview --',
    ]) {
      expect(readme).toContain(phrase);
    }
  });
});
