import path from 'node:path';

/**
 * The practice data directory from the command line: `--data-dir DIR` or `--data-dir=DIR`, resolved
 * against the working directory, else `fallback`. A flag without a value is an error, not a silent
 * fallback: opening (or initialising) a store somewhere the user did not ask for is worse than not
 * starting.
 */
export const dataDirFrom = (argv: readonly string[], fallback: string, cwd: string = process.cwd()): string => {
  const at = argv.findIndex((arg) => arg === '--data-dir' || arg.startsWith('--data-dir='));
  if (at === -1) return fallback;
  const flag = argv[at] ?? '';
  const value = flag === '--data-dir' ? argv[at + 1] : flag.slice('--data-dir='.length);
  if (!value || value.startsWith('--'))
    throw new Error('--data-dir needs a folder, for example --data-dir D:\\Chartroom');
  return path.resolve(cwd, value);
};
