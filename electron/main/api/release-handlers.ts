import type { ProcedureName } from '../../contract/procedures';
import { actor, type HandlerTable } from './router';

type ReleaseProcedure = Extract<ProcedureName, `release.${string}`>;

/** Releasing records (issue 6): thin mappings onto services/print/release-service. */
export const releaseHandlers: Pick<HandlerTable, ReleaseProcedure> = {
  'release.items': (ctx, input) => ctx.services.release.items(input.patientId),
  'release.prepare': (ctx, input) => ctx.services.release.prepare(actor(ctx), input),
  'release.record': (ctx, input) => ctx.services.release.record(actor(ctx), input),
  'release.disclosures': (ctx, input) => ctx.services.release.disclosures(input.patientId),
};
