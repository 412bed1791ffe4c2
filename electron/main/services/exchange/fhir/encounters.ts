import type { Encounter } from '@medplum/fhirtypes';
import { encounterTypeWords } from '../../../../contract/encounters';
import type { ChartRows } from './chart-rows';
import { type ExportEntry, entryOf, lastUpdated, type MappingContext, textConcept } from './context';
import { systems } from './systems';

/**
 * Encounters: a visit in the office is ambulatory, a telephone encounter virtual. The type keeps
 * Chartroom's own code (urn:chartroom:encounter-type) beside its label, so a Chartroom import gets it
 * back exactly and any other system can read the label.
 */
export const encounterEntries = (rows: ChartRows, context: MappingContext): ExportEntry[] =>
  rows.encounters.map((encounter) => {
    const label = encounterTypeWords(encounter.type);
    const resource: Encounter = {
      resourceType: 'Encounter',
      meta: lastUpdated(encounter.updatedAt),
      status: 'finished',
      class:
        encounter.type === 'telephone'
          ? { system: systems.actCode, code: 'VR', display: 'virtual' }
          : { system: systems.actCode, code: 'AMB', display: 'ambulatory' },
      type: [{ coding: [{ system: systems.encounterType, code: encounter.type, display: label }], text: label }],
      subject: context.patient,
      participant: [
        {
          type: [{ coding: [{ system: systems.participationType, code: 'PPRF', display: 'primary performer' }] }],
          individual: { display: context.userName(encounter.providerId) },
        },
      ],
      period: { start: encounter.date, end: encounter.date },
      ...(textConcept(encounter.reason) ? { reasonCode: [{ text: encounter.reason }] } : {}),
    };
    return entryOf(context, 'encounter', encounter.id, resource);
  });
