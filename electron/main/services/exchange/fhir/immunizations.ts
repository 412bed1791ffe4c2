import type { Immunization } from '@medplum/fhirtypes';
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

/**
 * Immunizations, CVX coded. A dose given here is a primary-source record with its lot, expiry,
 * manufacturer, site, route, who gave it and the VIS edition; a dose the patient reports is not
 * primary-source; a refusal is status not-done with the reason (coded as patient objection, with the
 * words staff typed).
 */
export const immunizationEntries = (rows: ChartRows, context: MappingContext): ExportEntry[] =>
  rows.immunizations.map((dose) => {
    const refused = dose.kind === 'refused';
    const resource: Immunization = {
      resourceType: 'Immunization',
      meta: lastUpdated(dose.updatedAt),
      status: refused ? 'not-done' : 'completed',
      ...(refused
        ? {
            statusReason: {
              coding: [{ system: systems.actReason, code: 'PATOBJ', display: 'patient objection' }],
              text: present(dose.refusalReason) ?? 'Refused',
            },
          }
        : {}),
      vaccineCode: { coding: [{ system: systems.cvx, code: dose.cvx, display: dose.vaccine }], text: dose.vaccine },
      patient: context.patient,
      occurrenceDateTime: dose.date,
      recorded: dose.createdAt,
      primarySource: dose.kind === 'administered',
      ...(dose.kind === 'historical' ? { reportOrigin: { text: 'Reported by the patient' } } : {}),
      lotNumber: present(dose.lot),
      expirationDate: present(dose.expiry),
      ...(dose.manufacturer ? { manufacturer: { display: dose.manufacturer } } : {}),
      site: textConcept(dose.site),
      route: textConcept(dose.route),
      ...(dose.administeredBy ? { performer: [{ actor: { display: dose.administeredBy } }] } : {}),
      ...(dose.visDate ? { education: [{ publicationDate: dose.visDate, presentationDate: dose.date }] } : {}),
      note: listOrNone([
        ...(dose.dose ? [{ text: `Dose: ${dose.dose}` }] : []),
        ...(dose.comment ? [{ text: dose.comment }] : []),
      ]),
    };
    return entryOf(context, 'immunization', dose.id, resource);
  });
