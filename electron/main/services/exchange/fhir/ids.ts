import { createHash } from 'node:crypto';

/**
 * Stable identities for exported resources. Each resource's id is a name-based UUID (RFC 9562
 * version 5: SHA-1 of a namespace and a name) of (patient MRN, resource kind, row id), so exporting the
 * same chart twice gives byte-identical references, and a receiver that imports twice can tell the
 * second file repeats the first.
 */
const chartroomNamespace = Buffer.from('6f1d3c5e8a2b4f7e9c0d1a2b3c4d5e6f', 'hex');

export const stableUuid = (name: string): string => {
  const digest = createHash('sha1').update(chartroomNamespace).update(name, 'utf8').digest();
  const bytes = Buffer.from(digest.subarray(0, 16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
};

/** The resource kinds ids are made for; one kind per store row type, so two rows never share an id. */
export type ResourceKind =
  | 'patient'
  | 'coverage'
  | 'problem'
  | 'medication'
  | 'allergy'
  | 'no-known-allergies'
  | 'immunization'
  | 'vitals-panel'
  | `vitals-${string}`
  | 'lab-panel'
  | 'lab-result'
  | 'encounter'
  | 'note'
  | 'document'
  | 'appointment';

/** Mints the ids of one patient's resources. */
export const patientIds = (mrn: string) => (kind: ResourceKind, rowId: number | string) =>
  stableUuid(`chartroom/${mrn}/${kind}/${rowId}`);
export type IdMaker = ReturnType<typeof patientIds>;

export const urnOf = (uuid: string): string => `urn:uuid:${uuid}`;
