import type { ProcedureName } from '../../contract/procedures';
import { actor, type HandlerTable } from './router';

type RecallProcedure = Extract<ProcedureName, `recalls.${string}`>;

/** Recalls (issue 5): thin mappings onto services/scheduling/recalls. */
export const recallHandlers: Pick<HandlerTable, RecallProcedure> = {
  'recalls.set': (ctx, input) => ctx.services.recalls.set(actor(ctx), input),
  'recalls.list': (ctx, input) => ctx.services.recalls.list(input),
  'recalls.update': (ctx, input) => ctx.services.recalls.update(actor(ctx), input),
};
