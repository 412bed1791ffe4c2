import { ChartroomError } from '../../contract/errors';
import type { ProcedureName } from '../../contract/procedures';
import { takeSafetySnapshot } from '../services/backup/snapshot';
import { actor, type CallContext, type HandlerTable } from './router';

type BackupProcedure = Extract<ProcedureName, `backup.${string}` | `restore.${string}` | 'setup.restore'>;

const done = { done: true } as const;

/** Every session ends after a restore: the restored store has its own users and its own history. */
const endAllSessions = (ctx: CallContext) => {
  for (const session of ctx.services.sessions.all()) ctx.services.sessions.end(session.connectionId);
};

const safetyCopyBeforeRestore = (ctx: CallContext) => async () => {
  const vault = ctx.services.vault;
  if (vault.isOpen) await takeSafetySnapshot(vault, 'pre-restore', vault.appVersion, new Date());
};

/** Backups and restore (issue 3): thin mappings onto services/backup. */
export const backupHandlers: Pick<HandlerTable, BackupProcedure> = {
  'setup.restore': async (ctx, input) => {
    const vault = ctx.services.vault;
    let setUp = false;
    try {
      setUp = vault.inspect() === 'initialised';
    } catch {
      // A damaged data folder (missing keyring, broken database) is exactly what this restore is for.
    }
    if (setUp) {
      throw new ChartroomError(
        'ALREADY_INITIALISED',
        'This workstation already has a practice. Sign in as the office manager to restore a backup over it.',
      );
    }
    const result = await ctx.services.backup.restore(
      { userId: null, username: 'recovery key', workstation: ctx.connection.workstation },
      input.path,
      input.unlock,
      async () => {},
    );
    endAllSessions(ctx);
    return result;
  },

  'backup.status': (ctx) => ctx.services.backup.status(),
  'backup.indicator': (ctx) => ctx.services.backup.indicator(),
  'backup.getSettings': (ctx) => ctx.services.backup.getSettings(),
  'backup.updateSettings': (ctx, input) => ctx.services.backup.updateSettings(actor(ctx), input),
  'backup.listDestinations': (ctx) => ctx.services.backup.listDestinations(),
  'backup.addDestination': (ctx, input) => ctx.services.backup.addDestination(actor(ctx), input),
  'backup.updateDestination': (ctx, input) => ctx.services.backup.updateDestination(actor(ctx), input),
  'backup.runNow': async (ctx) => {
    const outcome = await ctx.services.backup.run(actor(ctx), 'manual');
    const run = ctx.services.backup.history(20).find((r) => r.id === outcome.runId);
    if (!run) throw new ChartroomError('INTERNAL', 'The backup ran but its record is missing.');
    return run;
  },
  'backup.verifyNow': async (ctx) => {
    const results = await ctx.services.backup.verifier.verifyAll(actor(ctx));
    return { checked: results.length, damaged: results.filter((r) => !r.ok).length, results };
  },
  'backup.history': (ctx, input) => ctx.services.backup.history(input.limit),

  'restore.inspect': (ctx, input) => ctx.services.backup.inspect(input.path),
  'restore.apply': async (ctx, input) => {
    const result = await ctx.services.backup.restore(
      actor(ctx),
      input.path,
      input.unlock,
      safetyCopyBeforeRestore(ctx),
    );
    endAllSessions(ctx);
    return result;
  },
  'restore.openLookup': (ctx, input) => ctx.services.backup.lookups.open(actor(ctx), input.path, input.unlock),
  'restore.lookupSearch': (ctx, input) => ctx.services.backup.lookups.search(actor(ctx), input.lookupId, input.query),
  'restore.lookupPatient': (ctx, input) =>
    ctx.services.backup.lookups.patient(actor(ctx), input.lookupId, input.patientId),
  'restore.closeLookup': (ctx, input) => {
    ctx.services.backup.lookups.close(input.lookupId);
    return done;
  },
};
