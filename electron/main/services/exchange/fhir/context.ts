import type { Patient, Reference, Resource } from '@medplum/fhirtypes';
import { Temporal } from 'temporal-polyfill';
import { type IdMaker, type ResourceKind, urnOf } from './ids';

/** What every mapping needs beside its rows: who the chart is, how ids are made, names and the zone. */
export interface MappingContext {
  patient: Reference<Patient>;
  id: IdMaker;
  /** The practice's time zone, to give a wall-clock time ("2026-03-02T08:30") its UTC offset. */
  zone: string;
  /** A staff member's full name by user id, for authors, performers and participants. */
  userName: (userId: number) => string;
}

/** One bundle entry: the resource and the `urn:uuid:` every reference inside the bundle uses for it. */
export interface ExportEntry {
  fullUrl: string;
  resource: Resource;
}

export const referenceTo = <T extends Resource>(context: MappingContext, kind: ResourceKind, rowId: number | string) =>
  ({ reference: urnOf(context.id(kind, rowId)) }) as Reference<T>;

/** Gives the resource its stable id and the matching fullUrl. */
export const entryOf = <T extends Resource>(
  context: MappingContext,
  kind: ResourceKind,
  rowId: number | string,
  resource: T,
): ExportEntry => {
  const id = context.id(kind, rowId);
  return { fullUrl: urnOf(id), resource: { ...resource, id } };
};

/** A meta.lastUpdated from a row's last change. */
export const lastUpdated = (updatedAt: string) => ({ lastUpdated: new Date(updatedAt).toISOString() });

/**
 * A stored date or time as a FHIR dateTime: a date stays a date; an instant (ends in Z or an offset)
 * stays as it is; a wall-clock time ("2026-03-02T08:30", as labs are typed) gets seconds and the
 * practice zone's offset on that day, which FHIR requires once a time is given.
 */
export const fhirDateTime = (value: string, zone: string): string => {
  if (/^\d{4}(-\d{2}(-\d{2})?)?$/.test(value)) return value;
  if (/(Z|[+-]\d{2}:\d{2})$/.test(value)) return value;
  return Temporal.PlainDateTime.from(value).toZonedDateTime(zone).toString({ timeZoneName: 'never' });
};

/** Leaves out empty text, so the JSON has no `""` fields (FHIR forbids empty strings). */
export const present = (value: string | null | undefined): string | undefined =>
  value === null || value === undefined || value.trim() === '' ? undefined : value;

/** A CodeableConcept that is text only: what staff typed, with no code claimed for it. */
export const textConcept = (text: string | null | undefined) => {
  const value = present(text);
  return value === undefined ? undefined : { text: value };
};

/** A list, or nothing when it is empty (FHIR forbids empty arrays). */
export const listOrNone = <T>(items: T[]): T[] | undefined => (items.length > 0 ? items : undefined);
