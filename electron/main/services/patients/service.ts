import { type ChartStore, repositories, withTransaction } from '../../../../db';
import { ChartroomError } from '../../../contract/errors';
import type { HistoryEntry, PatientDto, PatientFields, PatientSummary, searchKinds } from '../../../contract/patients';
import { recordAudit } from '../audit';
import { AllergyService } from '../chart/allergies';
import type { Actor } from '../context';
import { describeChanges } from './changes';
import { parseSearchQuery } from './search-query';

type SearchKind = (typeof searchKinds)[number];

const notFound = () => new ChartroomError('NOT_FOUND', 'This patient was not found. Search again.');

const toDto = (record: repositories.patients.PatientRecord, allergies: PatientDto['allergies']): PatientDto => ({
  ...record,
  allergies,
});

const longDate = (iso: string) =>
  new Date(`${iso}T12:00:00Z`).toLocaleDateString('en-US', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });

/**
 * A new chart: the next MRN, the demographics row, its search keys and its first history version.
 * Registration and the imports (issue 6) share it, so an imported patient is stored exactly as a
 * registered one. Call it inside the caller's transaction; the caller writes its own audit row.
 */
export const insertNewPatient = (
  store: ChartStore,
  actor: Actor,
  fields: PatientFields,
  note: string,
): repositories.patients.PatientRecord =>
  repositories.patients.getPatient(store.db, insertNewPatientId(store, actor, fields, note))!;

/** insertNewPatient without reading the chart back, for writers of many patients; `now` backdates it. */
export const insertNewPatientId = (
  store: ChartStore,
  actor: Actor,
  fields: PatientFields,
  note: string,
  now = new Date().toISOString(),
): number =>
  repositories.patients.insertPatientRow(store.db, {
    mrn: repositories.practice.allocateMrn(store.db),
    fields,
    userId: actor.userId,
    now,
    note,
  });

/** Registration, demographics, history and search (issue 2; PRODUCT.md capability 2). */
export class PatientService {
  readonly #store: () => ChartStore;
  readonly #allergies: AllergyService;
  constructor(store: () => ChartStore) {
    this.#store = store;
    this.#allergies = new AllergyService(store);
  }

  /** The banner's allergy line comes with every patient, from the same store (a backup, in a lookup). */
  #dto(record: repositories.patients.PatientRecord): PatientDto {
    return toDto(record, this.#allergies.bannerSummary(record.id));
  }

  search(query: string, limit: number): { kind: SearchKind; interpretation: string; results: PatientSummary[] } {
    const parsed = parseSearchQuery(query);
    const parts: string[] = [];
    if (parsed.familyPrefix) parts.push(`family name starting with "${parsed.familyPrefix}"`);
    else if (parsed.nameTokens.length > 0)
      parts.push(`name starting with ${parsed.nameTokens.map((t) => `"${t}"`).join(' and ')}`);
    if (parsed.birthDate) parts.push(`born ${longDate(parsed.birthDate)}`);
    if (parsed.digitTokens.length > 0) parts.push(`MRN or phone ${parsed.digitTokens.join(' ')}`);
    const kinds = [
      parsed.nameTokens.length > 0 || parsed.familyPrefix !== null,
      parsed.birthDate !== null,
      parsed.digitTokens.length > 0,
    ].filter(Boolean).length;
    const kind: SearchKind =
      kinds === 0
        ? 'empty'
        : kinds > 1
          ? 'combined'
          : parsed.birthDate
            ? 'birth-date'
            : parsed.digitTokens.length
              ? 'mrn-or-phone'
              : 'name';
    if (kind === 'empty' || parsed.incompleteDate) {
      const interpretation = parsed.incompleteDate ? 'Finish typing the date of birth' : '';
      return { kind: 'empty', interpretation, results: [] };
    }
    const results = repositories.patients.searchPatients(this.#store().db, { ...parsed, limit });
    return { kind, interpretation: parts.join(', '), results };
  }

  checkDuplicates(input: { legalGivenName: string; legalFamilyName: string; birthDate: string }): PatientSummary[] {
    return repositories.patients.findPossibleDuplicates(
      this.#store().db,
      input.birthDate,
      input.legalFamilyName,
      input.legalGivenName,
    );
  }

  register(
    actor: Actor,
    input: { patient: PatientFields; duplicateOverride?: { reason: string } | undefined },
  ): { status: 'registered'; patient: PatientDto } | { status: 'possible-duplicates'; candidates: PatientSummary[] } {
    const store = this.#store();
    return withTransaction(store, () => {
      const candidates = this.checkDuplicates(input.patient);
      if (candidates.length > 0 && !input.duplicateOverride)
        return { status: 'possible-duplicates' as const, candidates };
      const note =
        candidates.length > 0 ? `Registered despite possible duplicates: ${input.duplicateOverride?.reason}` : '';
      const record = insertNewPatient(store, actor, input.patient, note);
      recordAudit(store, {
        ...actor,
        action: 'patient.register',
        patientId: record.id,
        entity: 'patient',
        entityId: record.id,
      });
      if (candidates.length > 0) {
        recordAudit(store, {
          ...actor,
          action: 'patient.register-duplicate-override',
          patientId: record.id,
          entity: 'patient',
          entityId: record.id,
          detail: `candidates=${candidates.map((c) => c.mrn).join(',')}; reason=${input.duplicateOverride?.reason}`,
        });
      }
      return { status: 'registered' as const, patient: this.#dto(record) };
    });
  }

  /** Reads a patient without writing anything: for a read-only store, whose caller audits the view elsewhere. */
  read(patientId: number): PatientDto {
    const record = repositories.patients.getPatient(this.#store().db, patientId);
    if (!record) throw notFound();
    return this.#dto(record);
  }

  /** Opening a chart is an audited view (SECURITY.md S8). */
  open(actor: Actor, patientId: number): PatientDto {
    const store = this.#store();
    return withTransaction(store, () => {
      const record = repositories.patients.getPatient(store.db, patientId);
      if (!record) throw notFound();
      recordAudit(store, { ...actor, action: 'chart.open', patientId, entity: 'patient', entityId: patientId });
      return this.#dto(record);
    });
  }

  update(actor: Actor, input: { patientId: number; expectedVersion: number; patient: PatientFields }): PatientDto {
    const store = this.#store();
    return withTransaction(store, () => {
      const before = repositories.patients.getPatient(store.db, input.patientId);
      if (!before) throw notFound();
      // Saving what is already stored is not a new version: history shows only real changes.
      if (before.version === input.expectedVersion && describeChanges(before, input.patient).length === 0)
        return this.#dto(before);
      const now = new Date().toISOString();
      const after = repositories.patients.updatePatient(store.db, {
        id: input.patientId,
        expectedVersion: input.expectedVersion,
        fields: input.patient,
        userId: actor.userId,
        now,
      });
      if (!after) {
        throw new ChartroomError(
          'CONFLICT',
          'Someone else saved changes to this patient after you opened it. Your edits are kept in the form: reload the chart to see their changes, then apply yours again.',
        );
      }
      const changed = describeChanges(before, input.patient).map((c) => c.field);
      recordAudit(store, {
        ...actor,
        action: 'patient.update',
        patientId: input.patientId,
        entity: 'patient',
        entityId: input.patientId,
        detail: `v${after.version}: ${changed.join(',')}`,
      });
      return this.#dto(after);
    });
  }

  history(actor: Actor, patientId: number): HistoryEntry[] {
    const store = this.#store();
    if (!repositories.patients.getPatient(store.db, patientId)) throw notFound();
    const rows = repositories.patients.listPatientHistory(store.db, patientId);
    const names = new Map(repositories.users.listUsers(store.db).map((u) => [u.id, u.fullName]));
    recordAudit(store, { ...actor, action: 'patient.history', patientId, entity: 'patient', entityId: patientId });
    return rows.map((row, index) => {
      const previous = rows[index + 1];
      const snapshot = JSON.parse(row.snapshot) as PatientFields;
      return {
        version: row.version,
        at: row.at,
        by: names.get(row.userId) ?? `user ${row.userId}`,
        kind: row.kind,
        changes: previous ? describeChanges(JSON.parse(previous.snapshot) as PatientFields, snapshot) : [],
        note: row.note,
      };
    });
  }
}
