import { repositories } from '../../../db';
import { ChartroomError } from '../../contract/errors';
import { recordAudit } from '../services/audit';
import { discardDraft, getDraft, saveDraft } from '../services/drafts';
import {
  readLetterheadLogo,
  readPractice,
  setLetterheadLogo,
  toPracticeDto,
  updatePractice,
} from '../services/practice';
import { initialisePractice, setupStatus } from '../services/setup';
import { backupHandlers } from './backup-handlers';
import { chartHandlers } from './chart-handlers';
import { exchangeHandlers } from './exchange-handlers';
import { printHandlers } from './print-handlers';
import { recallHandlers } from './recall-handlers';
import { releaseHandlers } from './release-handlers';
import { actor, type CallContext, type HandlerTable } from './router';
import { scheduleHandlers } from './schedule-handlers';
import { scheduleSetupHandlers } from './schedule-setup-handlers';

const done = { done: true } as const;
const store = (ctx: CallContext) => ctx.services.vault.store;
const session = (ctx: CallContext) => {
  if (!ctx.session) throw new ChartroomError('UNAUTHENTICATED', 'Sign in to continue.');
  return ctx.session;
};

/** Thin mappings from procedure to service (ARCHITECTURE.md section 2: api/ holds no domain rules). */
export const handlers: HandlerTable = {
  ...backupHandlers,
  ...chartHandlers,
  ...scheduleHandlers,
  ...printHandlers,
  ...scheduleSetupHandlers,
  ...recallHandlers,
  ...releaseHandlers,
  ...exchangeHandlers,
  'setup.status': ({ services }) => setupStatus(services.vault),
  'setup.initialise': ({ services, connection }, input) =>
    initialisePractice(services.vault, connection.workstation, input),

  'auth.session': (ctx) =>
    ctx.session && ctx.services.vault.isOpen ? ctx.services.auth.sessionDto(ctx.session) : null,
  'auth.login': ({ services, connection }, input) => services.auth.login(connection.id, connection.workstation, input),
  'auth.recover': async ({ services, connection }, input) => {
    await services.auth.recover(connection.workstation, input);
    return done;
  },
  'auth.unlock': (ctx, input) => ctx.services.auth.unlock(session(ctx), ctx.connection.workstation, input.password),
  'auth.lock': (ctx, input) => {
    ctx.services.backup.lookups.closeForUser(session(ctx).userId);
    ctx.services.auth.lock(session(ctx), ctx.connection.workstation, input.reason);
    return done;
  },
  'auth.logout': ({ services, connection, session }) => {
    if (session) services.backup.lookups.closeForUser(session.userId);
    services.auth.logout(connection.id, connection.workstation);
    return done;
  },
  'auth.changePassword': async (ctx, input) => {
    await ctx.services.auth.changePassword(session(ctx), ctx.connection.workstation, input);
    return done;
  },

  // The router has already recorded the activity; there is nothing else to do.
  'auth.touch': () => done,

  'practice.get': (ctx) => toPracticeDto(readPractice(store(ctx))),
  'practice.update': (ctx, input) => updatePractice(store(ctx), actor(ctx), input),
  'practice.letterheadLogo': (ctx) => readLetterheadLogo(store(ctx)),
  'practice.setLetterheadLogo': (ctx, input) => setLetterheadLogo(store(ctx), actor(ctx), input),

  'users.list': (ctx) => ctx.services.users.list(),
  'users.create': (ctx, input) => ctx.services.users.create(actor(ctx), input),
  'users.update': (ctx, input) => ctx.services.users.update(actor(ctx), input),
  'users.setActive': (ctx, input) => {
    const user = ctx.services.users.setActive(actor(ctx), input);
    // A deactivated user's open windows are signed out at once, not at their next idle lock.
    if (!user.active) ctx.services.sessions.endForUser(user.id);
    return user;
  },
  'users.resetPassword': async (ctx, input) => {
    await ctx.services.users.resetPassword(actor(ctx), input);
    return done;
  },

  'patients.search': (ctx, input) => ctx.services.patients.search(input.query, input.limit),
  'patients.checkDuplicates': (ctx, input) => ({ candidates: ctx.services.patients.checkDuplicates(input) }),
  'patients.register': (ctx, input) => ctx.services.patients.register(actor(ctx), input),
  'patients.get': (ctx, input) => ctx.services.patients.open(actor(ctx), input.patientId),
  'patients.update': (ctx, input) => ctx.services.patients.update(actor(ctx), input),
  'patients.history': (ctx, input) => ctx.services.patients.history(actor(ctx), input.patientId),

  'audit.list': (ctx, input) => {
    const rows = repositories.audit.listAudit(store(ctx).db, {
      userId: input.userId,
      username: input.userId ? repositories.users.getUser(store(ctx).db, input.userId)?.username : undefined,
      patientId: input.patientId,
      action: input.action,
      fromIso: input.from ? localMidnight(input.from) : undefined,
      toIsoExclusive: input.to ? localMidnight(nextDay(input.to)) : undefined,
      beforeId: input.beforeId,
      limit: input.limit,
    });
    recordAudit(store(ctx), {
      ...actor(ctx),
      action: 'audit.view',
      patientId: input.patientId ?? null,
      detail: describeFilter(input),
    });
    return {
      rows: rows.map((row) => ({
        id: row.id,
        at: row.at,
        userId: row.userId,
        username: row.username,
        action: row.action,
        outcome: row.outcome,
        patientId: row.patientId,
        patientName: row.patientName ?? '',
        patientMrn: row.patientMrn ?? '',
        workstation: row.workstation,
        detail: row.detail,
      })),
      nextBeforeId: rows.length === input.limit ? (rows.at(-1)?.id ?? null) : null,
    };
  },
  'audit.verify': (ctx) => {
    const report = repositories.audit.verifyAuditChain(store(ctx).db);
    recordAudit(store(ctx), {
      ...actor(ctx),
      action: 'audit.verify',
      outcome: report.firstBrokenId === null ? 'success' : 'failure',
    });
    return {
      ok: report.firstBrokenId === null,
      rowsChecked: report.rowsChecked,
      firstBrokenId: report.firstBrokenId,
      message:
        report.firstBrokenId === null
          ? `The audit log is intact: all ${report.rowsChecked} entries verified.`
          : `The audit log was altered outside Chartroom at entry ${report.firstBrokenId}. Entries from there on cannot be trusted; keep this workstation as it is and contact your IT support.`,
    };
  },

  'drafts.save': (ctx, input) => {
    saveDraft(store(ctx), session(ctx).userId, input);
    return done;
  },
  'drafts.get': (ctx, input) => getDraft(store(ctx), session(ctx).userId, input.key),
  'drafts.discard': (ctx, input) => {
    discardDraft(store(ctx), session(ctx).userId, input.key);
    return done;
  },
};

/**
 * The instant a calendar day starts on this workstation's clock. The report shows local times, so
 * "from 21 Nov" means from local midnight, not UTC midnight (which is 6 pm the day before in Chicago).
 */
const localMidnight = (isoDate: string): string => {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(year, month - 1, day).toISOString();
};

const nextDay = (iso: string): string => {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
};

const describeFilter = (input: {
  userId?: number | undefined;
  action?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}) =>
  [
    input.userId ? `user=${input.userId}` : '',
    input.action ? `action=${input.action}` : '',
    input.from ? `from=${input.from}` : '',
    input.to ? `to=${input.to}` : '',
  ]
    .filter(Boolean)
    .join(' ');
