import { type ChartStore, withTransaction } from '../../../../../db';
import { recordAudit } from '../../audit';
import type { Actor } from '../../context';
import { insertNewPatient } from '../../patients/service';
import type { JobProgress } from '../jobs';
import type { CheckedPatient, CsvCheck } from './check';

/** The new chart's first history note says where it came from, so staff can trace a row back to the file. */
const provenanceNote = (fileName: string, patient: CheckedPatient): string =>
  [
    `Imported from ${fileName}, row ${patient.row}`,
    patient.legacyChartNumber ? `legacy chart number ${patient.legacyChartNumber}` : '',
    patient.possibleDuplicateMrns.length > 0
      ? `imported despite possible duplicates (MRN ${patient.possibleDuplicateMrns.join(', ')}) shown in the dry run`
      : '',
  ]
    .filter(Boolean)
    .join('; ');

/**
 * Saves every checked row in ONE transaction through registration's own write (MRN, search keys,
 * history), with one import.csv audit row: a failure on any row leaves no new patient at all.
 * Progress moves inside the transaction; a poll sees it when the transaction commits, since the
 * write holds the event loop (it is synchronous, as every store write is).
 */
export const saveCheckedPatients = (
  store: ChartStore,
  actor: Actor,
  check: CsvCheck,
  progress: JobProgress,
): string => {
  const { patients, dto } = check;
  progress.phase('Saving patients', patients.length);
  const flagged = patients.filter((p) => p.possibleDuplicateMrns.length > 0).length;
  withTransaction(store, () => {
    patients.forEach((patient, index) => {
      insertNewPatient(store, actor, patient.fields, provenanceNote(dto.fileName, patient));
      progress.advance(index + 1);
    });
    recordAudit(store, {
      ...actor,
      action: 'import.csv',
      entity: 'file',
      entityId: dto.fileName,
      detail: `rows=${dto.rowCount}; added=${patients.length}; possible-duplicates=${flagged}; encoding=${dto.encoding}`,
    });
  });
  const added = `${patients.length.toLocaleString('en-US')} patient${patients.length === 1 ? '' : 's'} added from ${dto.fileName}`;
  return flagged > 0
    ? `${added}; ${flagged} looked like patients already registered: check them for duplicates.`
    : `${added}.`;
};
