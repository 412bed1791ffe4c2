import type { Dosage, MedicationStatement } from '@medplum/fhirtypes';
import type { ChartRows } from './chart-rows';
import {
  type ExportEntry,
  entryOf,
  lastUpdated,
  listOrNone,
  type MappingContext,
  present,
  textConcept,
} from './context';
import { systems } from './systems';

type MedicationRow = ChartRows['medications'][number];

/** How to take it: the sig as written, and the parts it was built from where they were entered apart. */
const dosage = (medication: MedicationRow): Dosage => {
  const written = [
    medication.doseAmount === null ? '' : `${medication.doseAmount} ${medication.doseUnit}`.trim(),
    medication.route,
    medication.frequency,
  ]
    .filter((part) => part !== '')
    .join(' ');
  return {
    text: present(medication.sig) ?? present(written),
    route: textConcept(medication.route),
    ...(medication.frequency ? { timing: { code: { text: medication.frequency } } } : {}),
    ...(medication.doseAmount !== null
      ? {
          doseAndRate: [
            {
              doseQuantity: {
                value: medication.doseAmount,
                ...(medication.doseUnit ? { unit: medication.doseUnit } : {}),
              },
            },
          ],
        }
      : {}),
  };
};

/**
 * The medication list as MedicationStatements: RxNorm-coded when picked from the list, text when typed
 * ("uncoded"); the text carries the strength, which Chartroom keeps apart from the ingredient.
 */
export const medicationEntries = (rows: ChartRows, context: MappingContext): ExportEntry[] =>
  rows.medications.map((medication) => {
    const resource: MedicationStatement = {
      resourceType: 'MedicationStatement',
      meta: lastUpdated(medication.updatedAt),
      status: medication.status,
      medicationCodeableConcept: {
        ...(medication.rxcui
          ? { coding: [{ system: systems.rxnorm, code: medication.rxcui, display: medication.name }] }
          : {}),
        text: [medication.name, medication.strength].filter((part) => part !== '').join(' '),
      },
      subject: context.patient,
      ...(medication.startDate || medication.stopDate
        ? { effectivePeriod: { start: present(medication.startDate), end: present(medication.stopDate) } }
        : {}),
      dateAsserted: medication.createdAt,
      ...(medication.prescriber ? { informationSource: { display: medication.prescriber } } : {}),
      dosage: [dosage(medication)],
      note: listOrNone([
        ...(medication.quantity ? [{ text: `Quantity: ${medication.quantity}` }] : []),
        ...(medication.comment ? [{ text: medication.comment }] : []),
      ]),
    };
    return entryOf(context, 'medication', medication.id, resource);
  });
