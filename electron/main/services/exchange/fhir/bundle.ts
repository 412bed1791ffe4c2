import type { Bundle, Patient, Reference } from '@medplum/fhirtypes';
import type { ChartStore } from '../../../../../db';
import { ChartroomError } from '../../../../contract/errors';
import { staffNames } from '../../chart/encounters';
import { practiceZone } from '../../scheduling/practice-zone';
import { allergyEntries } from './allergies';
import { appointmentEntries } from './appointments';
import { type ChartRows, readChartRows } from './chart-rows';
import { conditionEntries } from './conditions';
import type { ExportEntry, MappingContext } from './context';
import { documentEntries } from './documents';
import { encounterEntries } from './encounters';
import { patientIds, stableUuid, urnOf } from './ids';
import { immunizationEntries } from './immunizations';
import { labEntries } from './labs';
import { medicationEntries } from './medications';
import { noteEntries } from './notes';
import { coverageEntries, patientEntry } from './patient';
import { vitalsEntries } from './vitals';

/** What every chart in one export shares: the practice's zone and its staff's names. Read once per export. */
export interface ExportShared {
  zone: string;
  /** Staff full names by user id, as the printed documents name staff. */
  names: Map<number, string>;
  userName: (userId: number) => string;
}

export const readExportShared = (store: ChartStore): ExportShared => {
  const names = staffNames(store);
  return { zone: practiceZone(store), names, userName: (userId) => names.get(userId) ?? `Staff member ${userId}` };
};

/** A chart's resources, Patient first; every reference points at an entry of the same list. */
export const chartEntries = (rows: ChartRows, shared: ExportShared): ExportEntry[] => {
  const id = patientIds(rows.patient.mrn);
  const context: MappingContext = {
    patient: { reference: urnOf(id('patient', rows.patient.id)) } as Reference<Patient>,
    id,
    zone: shared.zone,
    userName: shared.userName,
  };
  return [
    patientEntry(rows, context),
    ...coverageEntries(rows, context),
    ...conditionEntries(rows, context),
    ...medicationEntries(rows, context),
    ...allergyEntries(rows, context),
    ...immunizationEntries(rows, context),
    ...vitalsEntries(rows, context),
    ...labEntries(rows, context),
    ...encounterEntries(rows, context),
    ...noteEntries(rows, context),
    ...documentEntries(rows, context),
    ...appointmentEntries(rows, context),
  ];
};

/** A FHIR R4 collection Bundle of one chart; its id and every resource id are the same on every export. */
export const bundleOf = (mrn: string, entries: ExportEntry[], now: Date): Bundle => ({
  resourceType: 'Bundle',
  id: stableUuid(`chartroom/${mrn}/bundle`),
  meta: { lastUpdated: now.toISOString() },
  identifier: { system: 'urn:ietf:rfc:3986', value: urnOf(stableUuid(`chartroom/${mrn}/bundle`)) },
  type: 'collection',
  timestamp: now.toISOString(),
  entry: entries.map((entry) => ({ fullUrl: entry.fullUrl, resource: entry.resource })),
});

export const exportPatientBundle = (
  store: ChartStore,
  patientId: number,
  now: Date,
  shared: ExportShared = readExportShared(store),
): Bundle => {
  const rows = readChartRows(store, patientId);
  if (!rows) throw new ChartroomError('NOT_FOUND', 'That patient is not in Chartroom. Search for the chart again.');
  return bundleOf(rows.patient.mrn, chartEntries(rows, shared), now);
};
