import type { ProcedureName } from '../../contract/procedures';
import { searchCvx, searchRxNorm } from '../services/chart/code-sets';
import { actor, type HandlerTable } from './router';

type ChartProcedure = Extract<
  ProcedureName,
  | `chart.${string}`
  | `allergies.${string}`
  | `problems.${string}`
  | `codes.${string}`
  | `medications.${string}`
  | `immunizations.${string}`
  | `documents.${string}`
  | `encounters.${string}`
  | `notes.${string}`
  | `noteTemplates.${string}`
  | `vitals.${string}`
  | `familyHistory.${string}`
  | `socialHistory.${string}`
  | `labs.${string}`
>;

/** The chart (issue 4): thin mappings onto services/chart. */
export const chartHandlers: Pick<HandlerTable, ChartProcedure> = {
  'chart.faceSheet': (ctx, input) => ctx.services.faceSheet.read(input.patientId),
  'allergies.list': (ctx, input) => ctx.services.allergies.list(input.patientId),
  'allergies.add': (ctx, input) => ctx.services.allergies.add(actor(ctx), input.patientId, input.allergy),
  'allergies.update': (ctx, input) => ctx.services.allergies.update(actor(ctx), input),
  'allergies.retire': (ctx, input) => ctx.services.allergies.retire(actor(ctx), input),
  'allergies.markNoKnown': (ctx, input) => ctx.services.allergies.markNoKnown(actor(ctx), input.patientId),
  'allergies.history': (ctx, input) => ctx.services.allergies.history(input.patientId, input.allergyId),

  'problems.list': (ctx, input) => ctx.services.problems.grouped(input.patientId),
  'problems.add': (ctx, input) => ctx.services.problems.add(actor(ctx), input.patientId, input.item),
  'problems.update': (ctx, input) => ctx.services.problems.update(actor(ctx), input),
  'problems.retire': (ctx, input) => ctx.services.problems.retire(actor(ctx), input),
  'problems.history': (ctx, input) => ctx.services.problems.history(input.patientId, input.itemId),
  'codes.searchIcd10': (ctx, input) => ctx.services.icd10.search(input.query, input.limit),
  'codes.icd10Source': (ctx) => ctx.services.icd10.source(),
  'codes.importIcd10': (ctx, input) => ctx.services.icd10.importCmsFile(actor(ctx), input),
  'codes.searchRxNorm': (_ctx, input) => searchRxNorm(input.query, input.limit),
  'codes.searchCvx': (_ctx, input) => searchCvx(input.query, input.limit),

  'medications.list': (ctx, input) => ctx.services.medications.grouped(input.patientId),
  'medications.add': (ctx, input) => ctx.services.medications.add(actor(ctx), input.patientId, input.item),
  'medications.update': (ctx, input) => ctx.services.medications.update(actor(ctx), input),
  'medications.retire': (ctx, input) => ctx.services.medications.retire(actor(ctx), input),
  'medications.history': (ctx, input) => ctx.services.medications.history(input.patientId, input.itemId),
  'medications.markReviewed': (ctx, input) => ctx.services.medications.markReviewed(actor(ctx), input.patientId),

  'immunizations.list': (ctx, input) => ctx.services.immunizations.grouped(input.patientId),
  'immunizations.add': (ctx, input) => ctx.services.immunizations.add(actor(ctx), input.patientId, input.item),
  'immunizations.update': (ctx, input) => ctx.services.immunizations.update(actor(ctx), input),
  'immunizations.retire': (ctx, input) => ctx.services.immunizations.retire(actor(ctx), input),
  'immunizations.history': (ctx, input) => ctx.services.immunizations.history(input.patientId, input.itemId),

  'labs.list': (ctx, input) => ctx.services.labs.list(input.patientId),
  'labs.add': (ctx, input) => ctx.services.labs.add(actor(ctx), input.patientId, input.item),
  'labs.update': (ctx, input) => ctx.services.labs.update(actor(ctx), input),
  'labs.retire': (ctx, input) => ctx.services.labs.retire(actor(ctx), input),
  'labs.history': (ctx, input) => ctx.services.labs.history(input.patientId, input.itemId),
  'labs.trend': (ctx, input) => ctx.services.labs.trend(input.patientId, input.analyte),
  'labs.previewImport': (ctx, input) => ctx.services.labImport.preview(actor(ctx), input),
  'labs.confirmImport': (ctx, input) => ctx.services.labImport.confirm(actor(ctx), input),

  'documents.list': (ctx, input) => ctx.services.documents.list(input.patientId),
  'documents.import': (ctx, input) => ctx.services.documents.import(actor(ctx), input),
  'documents.update': (ctx, input) => ctx.services.documents.update(actor(ctx), input),
  'documents.retire': (ctx, input) => ctx.services.documents.retire(actor(ctx), input),
  'documents.history': (ctx, input) => ctx.services.documents.history(input.patientId, input.itemId),
  'documents.content': (ctx, input) => ctx.services.documents.content(actor(ctx), input.patientId, input.itemId),

  'encounters.list': (ctx, input) =>
    ctx.services.encounters.list(input.patientId, {
      ...(input.type ? { type: input.type } : {}),
      ...(input.providerId ? { providerId: input.providerId } : {}),
    }),
  'encounters.add': (ctx, input) => ctx.services.encounters.add(actor(ctx), input.patientId, input.item),
  'encounters.update': (ctx, input) => ctx.services.encounters.update(actor(ctx), input),
  'encounters.retire': (ctx, input) => ctx.services.encounters.retire(actor(ctx), input),
  'encounters.history': (ctx, input) => ctx.services.encounters.history(input.patientId, input.itemId),
  'encounters.providers': (ctx) => ctx.services.encounters.providers(),

  'notes.get': (ctx, input) => ctx.services.notes.get(actor(ctx), input.patientId, input.noteId),
  'notes.create': (ctx, input) => ctx.services.notes.create(actor(ctx), input),
  'notes.saveDraft': (ctx, input) => ctx.services.notes.saveDraft(input),
  'notes.sign': (ctx, input) => ctx.services.notes.sign(actor(ctx), input),
  'notes.requestCosign': (ctx, input) => ctx.services.notes.requestCosign(actor(ctx), input),
  'notes.cosign': (ctx, input) => ctx.services.notes.cosign(actor(ctx), input),
  'notes.addAddendum': (ctx, input) => ctx.services.notes.addAddendum(actor(ctx), input),
  'notes.retire': (ctx, input) => ctx.services.notes.retire(actor(ctx), input),

  'noteTemplates.list': (ctx) => ctx.services.noteTemplates.list(),
  'noteTemplates.save': (ctx, input) => ctx.services.noteTemplates.save(actor(ctx), input),
  'noteTemplates.setActive': (ctx, input) => ctx.services.noteTemplates.setActive(actor(ctx), input),

  'vitals.list': (ctx, input) => ctx.services.vitals.list(input.patientId),
  'vitals.add': (ctx, input) => ctx.services.vitals.add(actor(ctx), input.patientId, input.item),
  'vitals.update': (ctx, input) => ctx.services.vitals.update(actor(ctx), input),
  'vitals.retire': (ctx, input) => ctx.services.vitals.retire(actor(ctx), input),
  'vitals.history': (ctx, input) => ctx.services.vitals.history(input.patientId, input.itemId),

  'familyHistory.list': (ctx, input) => ctx.services.familyHistory.list(input.patientId),
  'familyHistory.add': (ctx, input) => ctx.services.familyHistory.add(actor(ctx), input.patientId, input.item),
  'familyHistory.update': (ctx, input) => ctx.services.familyHistory.update(actor(ctx), input),
  'familyHistory.retire': (ctx, input) => ctx.services.familyHistory.retire(actor(ctx), input),
  'familyHistory.history': (ctx, input) => ctx.services.familyHistory.history(input.patientId, input.itemId),
  'socialHistory.get': (ctx, input) => ctx.services.socialHistory.get(input.patientId),
  'socialHistory.save': (ctx, input) => ctx.services.socialHistory.save(actor(ctx), input),
  'socialHistory.history': (ctx, input) => ctx.services.socialHistory.history(input.patientId),
};
