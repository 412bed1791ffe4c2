import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (relative: string) => readFileSync(new URL(`../../../${relative}`, import.meta.url), 'utf8');

/** The lines of a top-level YAML block (`key:` at column 0), without comments. */
const block = (yaml: string, key: string): string[] => {
  const lines = yaml.split('\n');
  const start = lines.indexOf(`${key}:`);
  if (start === -1) return [];
  const end = lines.findIndex((line, i) => i > start && /^\S/.test(line));
  return lines
    .slice(start + 1, end === -1 ? undefined : end)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
};

describe('electron-builder.yml (S12 fuses, checklist #19)', () => {
  const yaml = read('electron-builder.yml');

  it('flips the fuses off and on as S12 requires', () => {
    expect(block(yaml, 'electronFuses').sort()).toEqual(
      [
        'runAsNode: false',
        'enableNodeOptionsEnvironmentVariable: false',
        'enableNodeCliInspectArguments: false',
        'enableEmbeddedAsarIntegrityValidation: true',
        'onlyLoadAppFromAsar: true',
        'enableCookieEncryption: true',
        'grantFileProtocolExtraPrivileges: false',
      ].sort(),
    );
  });

  it('packs into an asar and unpacks the native modules', () => {
    expect(yaml).toMatch(/^asar: true$/m);
    expect(block(yaml, 'asarUnpack')).toEqual(['- node_modules/better-sqlite3/**', '- node_modules/@node-rs/**']);
  });

  it('ships the built bundle and the migrations, and nothing that phones home', () => {
    expect(yaml).toMatch(/^appId: org\.chartroom\.desktop$/m);
    expect(block(yaml, 'files')).toEqual(['- dist/**', '- package.json']);
    expect(block(yaml, 'extraResources')).toEqual(['- from: db/migrations', 'to: migrations']);
    expect(yaml).toMatch(/^publish: null$/m);
  });
});

describe('electron/main/index.ts (S12 single instance)', () => {
  const source = read('electron/main/index.ts');

  it('takes the single-instance lock before anything else, and the second instance quits', () => {
    expect(source).toMatch(/if \(!app\.requestSingleInstanceLock\(\)\) \{\s*app\.quit\(\);\s*\} else \{/);
  });

  it('focuses the first window when a second instance starts', () => {
    expect(source).toContain("app.on('second-instance', focusMainWindow)");
  });

  it('sandboxes every renderer and guards every webContents the app creates', () => {
    expect(source).toContain('app.enableSandbox()');
    expect(source).toContain("app.on('web-contents-created', (_event, contents) => guardWebContents(contents))");
  });
});
