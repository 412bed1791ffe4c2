import { statSync } from 'node:fs';
import { sha256File } from '../../../../db';
import type { BackupInfoDto } from '../../../contract/backup';
import { readSidecar } from './sidecar';

const tableLabels: Record<string, string> = {
  patients: 'Patients',
  patient_history: 'Demographic versions',
  insurance_policies: 'Insurance policies',
  problems: 'Problems',
  allergies: 'Allergies',
  medications: 'Medications',
  immunizations: 'Immunizations',
  vitals: 'Vital sign sets',
  lab_panels: 'Lab panels',
  lab_observations: 'Lab results',
  encounters: 'Encounters',
  notes: 'Notes',
  note_addenda: 'Addenda',
  documents: 'Documents',
  users: 'Staff accounts',
  audit_log: 'Audit entries',
  drafts: 'Unsaved drafts',
};

/** What the restore wizard shows before unlocking: date, size, record counts, app version, intact or not. */
export const describeBackup = async (path: string, currentKeyId: string | null): Promise<BackupInfoDto> => {
  const { manifest } = readSidecar(path);
  const size = statSync(path).size;
  const intact = size === manifest.sizeBytes && (await sha256File(path)) === manifest.sha256;
  return {
    path,
    createdAt: manifest.createdAt,
    sizeBytes: size,
    appVersion: manifest.appVersion,
    practiceName: manifest.practiceName,
    schemaVersion: manifest.schemaVersion,
    counts: Object.entries(tableLabels)
      .filter(([table]) => table in manifest.tables)
      .map(([table, label]) => ({ label, rows: manifest.tables[table]?.rows ?? 0 })),
    intact,
    currentKey: currentKeyId === manifest.keyId,
  };
};
