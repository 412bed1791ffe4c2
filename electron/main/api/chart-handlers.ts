import type { ProcedureName } from '../../contract/procedures';
import { searchIcd10 } from '../services/chart/code-sets';
import { actor, type HandlerTable } from './router';

type ChartProcedure = Extract<ProcedureName, `allergies.${string}` | `problems.${string}` | `codes.${string}`>;

/** The chart (issue 4): thin mappings onto services/chart. */
export const chartHandlers: Pick<HandlerTable, ChartProcedure> = {
  'allergies.list': (ctx, input) => ctx.services.allergies.list(input.patientId),
  'allergies.add': (ctx, input) => ctx.services.allergies.add(actor(ctx), input.patientId, input.allergy),
  'allergies.update': (ctx, input) => ctx.services.allergies.update(actor(ctx), input),
  'allergies.retire': (ctx, input) => ctx.services.allergies.retire(actor(ctx), input),
  'allergies.markNoKnown': (ctx, input) => ctx.services.allergies.markNoKnown(actor(ctx), input.patientId),
  'allergies.history': (ctx, input) => ctx.services.allergies.history(input.patientId, input.allergyId),

  'problems.list': (ctx, input) => ctx.services.problems.list(input.patientId),
  'problems.add': (ctx, input) => ctx.services.problems.add(actor(ctx), input.patientId, input.problem),
  'problems.update': (ctx, input) => ctx.services.problems.update(actor(ctx), input),
  'problems.retire': (ctx, input) => ctx.services.problems.retire(actor(ctx), input),
  'problems.history': (ctx, input) => ctx.services.problems.history(input.patientId, input.problemId),
  'codes.searchIcd10': (_ctx, input) => searchIcd10(input.query, input.limit),
};
