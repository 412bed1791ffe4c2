import { type ChartStore, repositories, withTransaction } from '../../../../db';
import type { AllergyDto, AllergyFields } from '../../../contract/allergies';
import { ChartroomError } from '../../../contract/errors';
import type { PatientDto } from '../../../contract/patients';
import { recordAudit } from '../audit';
import type { Actor } from '../context';
import { DuplicateItemError } from './item-service';
import { describeVersions, onThisChart, recordChartChange } from './versions';

const toDto = (row: repositories.allergies.AllergyRow): AllergyDto => ({
  id: row.id,
  patientId: row.patientId,
  version: row.version,
  substance: row.substance,
  category: row.category,
  reaction: row.reaction,
  severity: row.severity,
  onset: row.onset,
  comment: row.comment,
  status: row.status,
  retiredReason: row.retiredReason,
  createdAt: row.createdAt,
  updatedAt: row.updatedAt,
});

const fieldsOf = (row: AllergyFields) => ({
  substance: row.substance,
  category: row.category,
  reaction: row.reaction,
  severity: row.severity,
  onset: row.onset,
  comment: row.comment,
});

const patientMissing = () => new ChartroomError('NOT_FOUND', 'This patient was not found. Search again.');

/**
 * The allergy list (issue 4). Every write names the patient of the open chart and is refused when
 * the allergy belongs to someone else (PRODUCT.md: never show, or change, the wrong patient).
 * Nothing is deleted: an allergy is retired with a reason, and every version is kept.
 */
export class AllergyService {
  readonly #store: () => ChartStore;
  constructor(store: () => ChartStore) {
    this.#store = store;
  }

  #assertPatient(patientId: number): void {
    if (!repositories.patients.getPatient(this.#store().db, patientId)) throw patientMissing();
  }

  #ownAllergy(patientId: number, allergyId: number): repositories.allergies.AllergyRow {
    return onThisChart(repositories.allergies.getAllergy(this.#store().db, allergyId), patientId, 'allergy');
  }

  /** The rows and the state, without the checks and names that only the full list needs. */
  #read(patientId: number) {
    const db = this.#store().db;
    const rows = repositories.allergies.listAllergies(db, patientId).map(toDto);
    const active = rows.filter((r) => r.status === 'active');
    const review = active.length === 0 ? repositories.allergies.currentReview(db, patientId) : undefined;
    const state =
      active.length > 0 ? ('recorded' as const) : review ? ('no-known-allergies' as const) : ('not-recorded' as const);
    // "Substance (severity): reaction", the way the banner shows each active allergy.
    const summary = active.map(
      (a) =>
        `${a.substance}${a.severity === 'unknown' ? '' : ` (${a.severity})`}${a.reaction ? `: ${a.reaction}` : ''}`,
    );
    return { rows, active, review, banner: { state, summary } };
  }

  list(patientId: number) {
    this.#assertPatient(patientId);
    const { rows, active, review, banner } = this.#read(patientId);
    return {
      state: banner.state,
      reviewedBy: review ? (repositories.users.getUser(this.#store().db, review.userId)?.fullName ?? '') : '',
      reviewedAt: review?.at ?? '',
      active,
      retired: rows.filter((r) => r.status === 'retired'),
      banner,
    };
  }

  /** What the banner shows; called with every patient read, so it reads only what it shows. */
  bannerSummary(patientId: number): PatientDto['allergies'] {
    return this.#read(patientId).banner;
  }

  add(actor: Actor, patientId: number, allergy: AllergyFields): AllergyDto {
    const store = this.#store();
    return withTransaction(store, () => {
      this.#assertPatient(patientId);
      const duplicate = repositories.allergies
        .listAllergies(store.db, patientId)
        .find((a) => a.status === 'active' && a.substance.toLowerCase() === allergy.substance.toLowerCase());
      if (duplicate) {
        throw new DuplicateItemError(
          `${duplicate.substance} is already on this patient's allergy list. Edit that entry instead.`,
          'substance',
        );
      }
      const now = new Date().toISOString();
      const row = repositories.allergies.insertAllergy(store.db, {
        ...fieldsOf(allergy),
        patientId,
        createdAt: now,
        updatedAt: now,
      });
      repositories.allergies.endReview(store.db, patientId, now);
      recordChartChange(store, actor, {
        kind: 'allergy',
        itemId: row.id,
        patientId,
        version: 1,
        action: 'created',
        at: now,
        snapshot: fieldsOf(allergy),
        audit: 'allergy.add',
        detail: `${allergy.category}; ${allergy.severity}`,
      });
      return toDto(row);
    });
  }

  update(
    actor: Actor,
    input: { patientId: number; allergyId: number; expectedVersion: number; allergy: AllergyFields },
  ): AllergyDto {
    const store = this.#store();
    return withTransaction(store, () => {
      const current = this.#ownAllergy(input.patientId, input.allergyId);
      if (current.status === 'retired')
        throw new ChartroomError('CONFLICT', 'This allergy was retired; record it again if it applies.');
      const now = new Date().toISOString();
      const row = repositories.allergies.updateAllergy(store.db, current.id, input.expectedVersion, {
        ...fieldsOf(input.allergy),
        updatedAt: now,
      });
      if (!row) {
        throw new ChartroomError(
          'CONFLICT',
          'Someone else changed this allergy after you opened it. Your edits are kept in the form: reload to see theirs.',
        );
      }
      recordChartChange(store, actor, {
        kind: 'allergy',
        itemId: row.id,
        patientId: input.patientId,
        version: row.version,
        action: 'edited',
        at: now,
        snapshot: fieldsOf(input.allergy),
        audit: 'allergy.update',
      });
      return toDto(row);
    });
  }

  retire(actor: Actor, input: { patientId: number; allergyId: number; reason: string }): AllergyDto {
    const store = this.#store();
    return withTransaction(store, () => {
      const current = this.#ownAllergy(input.patientId, input.allergyId);
      if (current.status === 'retired') return toDto(current);
      const now = new Date().toISOString();
      const row = repositories.allergies.updateAllergy(store.db, current.id, current.version, {
        status: 'retired',
        retiredReason: input.reason,
        updatedAt: now,
      });
      if (!row)
        throw new ChartroomError('CONFLICT', 'Someone else changed this allergy just now. Reload and try again.');
      recordChartChange(store, actor, {
        kind: 'allergy',
        itemId: row.id,
        patientId: input.patientId,
        version: row.version,
        action: 'retired',
        at: now,
        snapshot: fieldsOf(row),
        reason: input.reason,
        audit: 'allergy.retire',
      });
      return toDto(row);
    });
  }

  /** "No known allergies": only when no allergy is active, and recorded with who said so and when. */
  markNoKnown(actor: Actor, patientId: number) {
    const store = this.#store();
    withTransaction(store, () => {
      this.#assertPatient(patientId);
      const active = repositories.allergies.listAllergies(store.db, patientId).filter((a) => a.status === 'active');
      if (active.length > 0) {
        throw new ChartroomError(
          'CONFLICT',
          `This patient has ${active.length} active allerg${active.length === 1 ? 'y' : 'ies'}. Retire ${active.length === 1 ? 'it' : 'them'} with a reason first if the list is wrong.`,
        );
      }
      const now = new Date().toISOString();
      repositories.allergies.endReview(store.db, patientId, now);
      repositories.allergies.startReview(store.db, {
        patientId,
        state: 'no-known-allergies',
        at: now,
        userId: actor.userId,
      });
      recordAudit(store, { ...actor, action: 'allergy.no-known', patientId, entity: 'patient', entityId: patientId });
    });
    return this.list(patientId);
  }

  history(patientId: number, allergyId: number) {
    this.#ownAllergy(patientId, allergyId);
    return describeVersions(this.#store().db, 'allergy', allergyId);
  }
}
