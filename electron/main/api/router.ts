import type { z } from 'zod';
import { ChartroomError } from '../../contract/errors';
import type { Access } from '../../contract/procedure';
import { type OutputOf, type ParsedInputOf, type ProcedureName, procedures } from '../../contract/procedures';
import { fail, ok, type Result } from '../../contract/result';
import { can, type Permission, roleLabels } from '../../contract/roles';
import { type Actor, actorOf } from '../services';
import { recordAudit } from '../services/audit';
import type { ChartroomServices } from '../services/chartroom';
import type { Session } from '../services/sessions';
import type { Connection } from './connection';
import { toApiError } from './errors';
import { inputProblem } from './input-guard';

export interface CallContext {
  connection: Connection;
  services: ChartroomServices;
  /** The caller's session; present for every procedure whose access is not 'public'. */
  session: Session | null;
}

export type Handler<N extends ProcedureName> = (
  ctx: CallContext,
  input: ParsedInputOf<N>,
) => OutputOf<N> | Promise<OutputOf<N>>;
export type HandlerTable = { [N in ProcedureName]: Handler<N> };

/** The signed-in actor of a call; handlers of non-public procedures can rely on it. */
export const actor = (ctx: CallContext): Actor => {
  if (!ctx.session) throw new ChartroomError('UNAUTHENTICATED', 'Sign in to continue.');
  return actorOf(ctx.session, ctx.connection.workstation);
};

const isPermission = (access: Access): access is Permission => !['public', 'locked', 'session'].includes(access);

const describeZodIssue = (error: z.ZodError): { message: string; field?: string } => {
  const issue = error.issues[0];
  if (!issue) return { message: 'The request is not valid.' };
  const field = issue.path.map(String).join('.');
  if (issue.code === 'unrecognized_keys') {
    return { message: `The request has unexpected fields: ${issue.keys.join(', ')}.`, ...(field ? { field } : {}) };
  }
  return field ? { message: issue.message, field } : { message: issue.message };
};

export interface RouterOptions {
  /** Check every output against its schema: on in tests, so a handler cannot drift from the contract. */
  validateOutputs?: boolean;
  log?: (line: string) => void;
}

/**
 * The one table from procedure to handler (ARCHITECTURE.md section 3): session check with idle
 * expiry, role-by-procedure permission with an audit row for every refusal (S3), strict input parsing
 * (S11), and errors mapped to codes. Transports call `call`; nothing else reaches the services.
 */
export class Router {
  readonly #services: ChartroomServices;
  readonly #handlers: HandlerTable;
  readonly #options: RouterOptions;

  constructor(services: ChartroomServices, handlers: HandlerTable, options: RouterOptions = {}) {
    this.#services = services;
    this.#handlers = handlers;
    this.#options = options;
  }

  async call(connection: Connection, name: string, rawInput: unknown): Promise<Result<unknown>> {
    const log = this.#options.log ?? ((line: string) => console.warn(`[chartroom] ${line}`));
    if (!Object.hasOwn(procedures, name)) return fail('BAD_REQUEST', 'This request is not one Chartroom knows.');
    const procedureName = name as ProcedureName;
    const definition = procedures[procedureName];
    try {
      const problem = inputProblem(rawInput, procedureName);
      if (problem) return fail('BAD_REQUEST', problem);
      const session = this.#authorise(connection, procedureName, definition.access, rawInput);
      const parsed = definition.input.safeParse(rawInput ?? {});
      if (!parsed.success) {
        const { message, field } = describeZodIssue(parsed.error);
        return fail('BAD_REQUEST', message, field);
      }
      if (session && definition.access !== 'locked') this.#services.sessions.touch(session);
      const handler = this.#handlers[procedureName] as Handler<ProcedureName>;
      const value = await handler({ connection, services: this.#services, session }, parsed.data as never);
      if (this.#options.validateOutputs) definition.output.parse(value);
      return ok(value);
    } catch (error) {
      return { ok: false, error: toApiError(error, procedureName, log) };
    }
  }

  #authorise(connection: Connection, name: ProcedureName, access: Access, rawInput: unknown): Session | null {
    if (access === 'public') return this.#services.sessions.get(connection.id) ?? null;
    const session = this.#services.sessions.get(connection.id);
    if (!session) throw new ChartroomError('UNAUTHENTICATED', 'Sign in to continue.');
    if (!session.locked && this.#services.sessions.idleMs(session) > this.#services.auth.idleLimitMs()) {
      this.#services.auth.lock(session, connection.workstation, 'idle');
      if (access !== 'locked') {
        throw new ChartroomError(
          'SESSION_EXPIRED',
          'Chartroom locked itself after a period without activity. Enter your password to continue; your unsaved work was kept.',
        );
      }
    }
    if (session.locked && access !== 'locked') {
      throw new ChartroomError(
        'SESSION_LOCKED',
        'Chartroom is locked. Enter your password to continue; your unsaved work was kept.',
      );
    }
    if (isPermission(access) && !can(session.role, access)) {
      const patientId = (rawInput as { patientId?: unknown } | null)?.patientId;
      recordAudit(this.#services.vault.store, {
        ...actorOf(session, connection.workstation),
        action: 'access.denied',
        outcome: 'failure',
        patientId: typeof patientId === 'number' && Number.isInteger(patientId) ? patientId : null,
        detail: name,
      });
      throw new ChartroomError(
        'FORBIDDEN',
        `Your role (${roleLabels[session.role]}) does not allow this. Ask the office manager if your work needs it.`,
      );
    }
    return session;
  }
}
