import { backup } from './cli/backup';
import { demo } from './cli/demo';
import { init } from './cli/init';
import { patients } from './cli/patients';
import { restore } from './cli/restore';
import { UsageError } from './cli/shared';

/**
 * The admin CLI (issue 2): the same services and the same router as the app, so every command is
 * permission-checked and audited like a click. Exit 0 on success; otherwise one plain line on stderr.
 * Passwords come from a file, never from the command line (where `ps` and shell history would see them).
 */
const usage = `Chartroom admin CLI
  init      --data-dir DIR --practice NAME --admin USERNAME --password-file FILE --recovery-key-out FILE [--full-name NAME]
  demo      --data-dir DIR [--patients N] [--seed N] [--if-missing]
  patients add    --data-dir DIR --user U --password-file F --given G --family F --birth-date YYYY-MM-DD [--sex S] [--phone P]
  patients search --data-dir DIR --user U --password-file F --query TEXT [--json]
  backup run      --data-dir DIR --user U --password-file F [--dest DIR ...]
  backup verify   --file BACKUP --recovery-key-file F
  restore         --from BACKUP --recovery-key-file F --data-dir NEW_DIR`;

const commands: Record<string, (args: string[]) => Promise<void>> = { init, demo, patients, backup, restore };

const main = async () => {
  const [command, ...args] = process.argv.slice(2);
  const run = command ? commands[command] : undefined;
  if (!run) {
    console.error(command ? `Unknown command "${command}".\n${usage}` : usage);
    process.exit(2);
  }
  try {
    await run(args);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.error(
      error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
        ? `${message}\n${usage}`
        : message,
    );
    process.exit(error instanceof UsageError ? 2 : 1);
  }
};

await main();
