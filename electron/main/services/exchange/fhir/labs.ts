import type { DiagnosticReport, Observation, ObservationReferenceRange, Reference } from '@medplum/fhirtypes';
import type { ChartRows } from './chart-rows';
import {
  type ExportEntry,
  entryOf,
  fhirDateTime,
  lastUpdated,
  listOrNone,
  type MappingContext,
  present,
} from './context';
import { systems } from './systems';

type LabResultRow = ChartRows['labResults'][number];

const interpretations: Record<string, string> = {
  L: 'Low',
  H: 'High',
  LL: 'Critical low',
  HH: 'Critical high',
  A: 'Abnormal',
  AA: 'Critical abnormal',
};

const laboratoryCategory = [
  { coding: [{ system: systems.observationCategory, code: 'laboratory', display: 'Laboratory' }] },
];

const referenceRange = (result: LabResultRow): ObservationReferenceRange[] | undefined => {
  const unit = present(result.unit);
  const bound = (value: number | null) => (value === null ? undefined : { value, ...(unit ? { unit } : {}) });
  const range: ObservationReferenceRange = {
    low: bound(result.referenceLow),
    high: bound(result.referenceHigh),
    text: present(result.referenceText),
  };
  return range.low || range.high || range.text ? [range] : undefined;
};

const resultEntry = (result: LabResultRow, updatedAt: string, context: MappingContext): ExportEntry => {
  const flag = interpretations[result.flag];
  const resource: Observation = {
    resourceType: 'Observation',
    meta: lastUpdated(updatedAt),
    status: 'final',
    category: laboratoryCategory,
    code: {
      ...(result.loinc ? { coding: [{ system: systems.loinc, code: result.loinc, display: result.analyte }] } : {}),
      text: result.analyte,
    },
    subject: context.patient,
    effectiveDateTime: fhirDateTime(result.observedAt, context.zone),
    // A number is sent as a quantity so a receiver can trend it; anything else ("Negative", "<0.5") as the lab wrote it.
    ...(result.numericValue !== null
      ? { valueQuantity: { value: result.numericValue, ...(result.unit ? { unit: result.unit } : {}) } }
      : { valueString: result.value }),
    ...(flag
      ? {
          interpretation: [
            { coding: [{ system: systems.observationInterpretation, code: result.flag, display: flag }] },
          ],
        }
      : {}),
    referenceRange: referenceRange(result),
    ...(result.comment ? { note: [{ text: result.comment }] } : {}),
  };
  return entryOf(context, 'lab-result', result.id, resource);
};

/**
 * Lab panels as DiagnosticReports (category LAB) whose results are laboratory Observations with the
 * value, the reference range and the interpretation flag (H, L, A and their critical forms). The
 * ordering provider, who reads the results, is the report's results interpreter.
 */
export const labEntries = (rows: ChartRows, context: MappingContext): ExportEntry[] =>
  rows.labPanels.flatMap((panel) => {
    const results = rows.labResults
      .filter((result) => result.panelId === panel.id)
      .map((result) => resultEntry(result, panel.updatedAt, context));
    const report: DiagnosticReport = {
      resourceType: 'DiagnosticReport',
      meta: lastUpdated(panel.updatedAt),
      identifier: listOrNone([
        ...(panel.accession
          ? [
              {
                type: { coding: [{ system: systems.identifierType, code: 'ACSN', display: 'Accession ID' }] },
                value: panel.accession,
              },
            ]
          : []),
      ]),
      status: 'final',
      category: [{ coding: [{ system: systems.diagnosticServiceSection, code: 'LAB', display: 'Laboratory' }] }],
      code: { text: panel.name },
      subject: context.patient,
      effectiveDateTime: fhirDateTime(panel.collectedAt, context.zone),
      issued: new Date(panel.createdAt).toISOString(),
      ...(panel.performingLab ? { performer: [{ display: panel.performingLab }] } : {}),
      ...(panel.orderingProvider ? { resultsInterpreter: [{ display: panel.orderingProvider }] } : {}),
      result: listOrNone(results.map((entry) => ({ reference: entry.fullUrl }) as Reference<Observation>)),
      conclusion: present(panel.comment),
    };
    return [entryOf(context, 'lab-panel', panel.id, report), ...results];
  });
