import type { ProcedureName } from '../../contract/procedures';
import { actor, type HandlerTable } from './router';

type ExchangeProcedure = Extract<ProcedureName, `exchange.${string}`>;

/** Electronic export and import (issue 6): thin mappings onto services/exchange. */
export const exchangeHandlers: Pick<HandlerTable, ExchangeProcedure> = {
  'exchange.exportPatient': (ctx, input) => ctx.services.exportService.exportPatient(actor(ctx), input),
  'exchange.exportPractice': (ctx, input) => ctx.services.exportService.exportPractice(actor(ctx), input),
  'exchange.job': (ctx, input) => ctx.services.exportService.job(input.jobId),
  'exchange.cancel': (ctx, input) => ctx.services.exportService.cancel(input.jobId),
  'exchange.previewFhirImport': (ctx, input) => ctx.services.importService.previewFhir(input),
  'exchange.importFhir': (ctx, input) => ctx.services.importService.importFhir(actor(ctx), input),
  'exchange.csvDryRun': (ctx, input) => ctx.services.importService.csvDryRun(input),
  'exchange.importCsv': (ctx, input) => ctx.services.importService.importCsv(actor(ctx), input),
};
