import { type ChartStore, repositories, type schema, withTransaction } from '../../../../db';
import { ChartroomError } from '../../../contract/errors';
import type { MedicationDto, MedicationFields, MedicationListDto } from '../../../contract/medications';
import { recordAudit } from '../audit';
import type { Actor } from '../context';
import { findRxNorm } from './code-sets';
import { ChartItemService, DuplicateItemError } from './item-service';

type MedicationRow = repositories.medications.MedicationRow;

const toDto = (row: MedicationRow): MedicationDto => ({
  id: row.id,
  patientId: row.patientId,
  version: row.version,
  rxcui: row.rxcui,
  name: row.name,
  strength: row.strength,
  doseAmount: row.doseAmount,
  doseUnit: row.doseUnit,
  // Written only through the contract's route list.
  route: row.route as MedicationDto['route'],
  frequency: row.frequency,
  sig: row.sig,
  quantity: row.quantity,
  startDate: row.startDate,
  stopDate: row.stopDate,
  prescriber: row.prescriber,
  status: row.status,
  comment: row.comment,
  retired: row.retired,
  retiredReason: row.retiredReason,
  createdAt: row.createdAt,
  updatedAt: row.updatedAt,
});

/** A coded drug is stored under the list's own name, so two entries of one RxCUI never read differently. */
const toColumns = (item: MedicationFields) => {
  const drug = item.rxcui ? findRxNorm(item.rxcui) : undefined;
  if (item.rxcui && !drug) {
    throw new ChartroomError(
      'BAD_REQUEST',
      'That drug is not in the drug list. Pick it from the list again, or type its name as free text.',
      'name',
    );
  }
  return {
    rxcui: item.rxcui,
    name: drug?.name ?? item.name,
    strength: item.strength,
    doseAmount: item.doseAmount,
    doseUnit: item.doseUnit,
    route: item.route,
    frequency: item.frequency,
    sig: item.sig,
    quantity: item.quantity,
    startDate: item.startDate,
    stopDate: item.stopDate,
    prescriber: item.prescriber,
    status: item.status,
    comment: item.comment,
  };
};

const isCurrent = (status: MedicationRow['status']) => status === 'active' || status === 'on-hold';

/** The same drug: the same RxCUI, or the same name (a coded and an uncoded entry of one drug). */
type DrugNaming = { rxcui?: string; name: string; status: MedicationRow['status'] };
const sameDrug = (a: DrugNaming, b: DrugNaming) =>
  (Boolean(a.rxcui) && a.rxcui === b.rxcui) || a.name.trim().toLowerCase() === b.name.trim().toLowerCase();

/** A current entry of the same drug, as a message; null when the item does not repeat one. */
const duplicateOf = (others: MedicationRow[], item: DrugNaming) => {
  if (!isCurrent(item.status)) return null;
  const same = others.find((row) => isCurrent(row.status) && sameDrug(row, item));
  if (!same) return null;
  return {
    message: `${same.name}${same.strength ? ` ${same.strength}` : ''} is already on the current medication list. Edit that entry instead, or stop it first if the drug is being changed.`,
    field: 'name',
  };
};

/** Codes and statuses only: a typed drug name is clinical free text (SECURITY.md S14). */
export const medicationAuditDetail = (item: { rxcui?: string | undefined; status: MedicationRow['status'] }) =>
  `${item.rxcui ? `RxNorm ${item.rxcui}` : 'uncoded'}; ${item.status}`;

/**
 * The medication list (issue 4), a versioned chart item. Active and on-hold medications are what the
 * patient takes; stopped and completed ones stay on the chart; an entry made in error is retired with
 * a reason. "Reviewed today" records who reconciled the list and when (append-only, audited).
 */
export class MedicationService extends ChartItemService<typeof schema.medications, MedicationFields, MedicationDto> {
  readonly #chart: () => ChartStore;

  constructor(store: () => ChartStore) {
    super(store, {
      kind: 'medication',
      noun: 'medication',
      items: repositories.medications.items,
      audit: { add: 'medication.add', update: 'medication.update', retire: 'medication.retire' },
      toColumns,
      toDto,
      auditDetail: medicationAuditDetail,
      duplicateOf,
    });
    this.#chart = store;
  }

  /** An edit may not make a second current entry of a drug (restarting a stopped one while another is on the list). */
  override update(
    actor: Actor,
    input: { patientId: number; itemId: number; expectedVersion: number; item: MedicationFields },
  ): MedicationDto {
    return withTransaction(this.#chart(), () => {
      const others = this.rows(input.patientId).filter((row) => !row.retired && row.id !== input.itemId);
      const duplicate = duplicateOf(others, toColumns(input.item));
      if (duplicate) throw new DuplicateItemError(duplicate.message, duplicate.field);
      return super.update(actor, input);
    });
  }

  /** Current (active, on hold), inactive (stopped, completed) and retired medications, and the last review. */
  grouped(patientId: number): MedicationListDto {
    const { active, retired } = this.list(patientId);
    const review = repositories.medications.latestReview(this.#chart().db, patientId);
    return {
      active: active.filter((m) => isCurrent(m.status)),
      inactive: active.filter((m) => !isCurrent(m.status)),
      retired,
      lastReview: review ?? null,
    };
  }

  /** "Reviewed today": the signed-in user went through the list with the patient. */
  markReviewed(actor: Actor, patientId: number): MedicationListDto {
    const store = this.#chart();
    withTransaction(store, () => {
      const current = this.rows(patientId).filter((row) => !row.retired && isCurrent(row.status));
      const at = new Date().toISOString();
      repositories.medications.recordReview(store.db, { patientId, at, userId: actor.userId });
      recordAudit(store, {
        ...actor,
        action: 'medication.reviewed',
        patientId,
        entity: 'patient',
        entityId: patientId,
        detail: `${current.length} current`,
      });
    });
    return this.grouped(patientId);
  }
}
