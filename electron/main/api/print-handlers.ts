import type { ProcedureName } from '../../contract/procedures';
import { actor, type HandlerTable } from './router';

type PrintProcedure = Extract<ProcedureName, `print.${string}`>;

/** Printed documents (ARCHITECTURE.md section 6): thin mappings onto services/print. */
export const printHandlers: Pick<HandlerTable, PrintProcedure> = {
  'print.daySheet': (ctx, input) => ctx.services.print.daySheet(actor(ctx), input),
};
