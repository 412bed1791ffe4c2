import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataDirFrom } from '../../../electron/main/shell/launch-options';

const fallback = '/home/nurse/.config/Chartroom/practice';
const cwd = '/srv/clinic';

describe('dataDirFrom (--data-dir DIR)', () => {
  it('uses the default when the flag is absent', () => {
    expect(dataDirFrom(['/usr/bin/chartroom'], fallback, cwd)).toBe(fallback);
    expect(dataDirFrom(['electron', '.', '--inspect'], fallback, cwd)).toBe(fallback);
  });

  it('accepts both spellings and resolves against the working directory', () => {
    expect(dataDirFrom(['electron', '.', '--data-dir', 'demo-data'], fallback, cwd)).toBe(
      path.resolve(cwd, 'demo-data'),
    );
    expect(dataDirFrom(['chartroom', '--data-dir=/data/practice'], fallback, cwd)).toBe('/data/practice');
  });

  it('refuses a flag without a folder rather than opening the default store', () => {
    expect(() => dataDirFrom(['chartroom', '--data-dir'], fallback, cwd)).toThrow(/needs a folder/);
    expect(() => dataDirFrom(['chartroom', '--data-dir='], fallback, cwd)).toThrow(/needs a folder/);
    expect(() => dataDirFrom(['chartroom', '--data-dir', '--inspect'], fallback, cwd)).toThrow(/needs a folder/);
  });
});
