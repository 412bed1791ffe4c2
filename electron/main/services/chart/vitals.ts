import { type ChartStore, repositories, type schema, withTransaction } from '../../../../db';
import { ChartroomError } from '../../../contract/errors';
import { bmi, type VitalsDto, type VitalsFields, vitalKeys, vitalsColumns } from '../../../contract/vitals';
import type { Actor } from '../context';
import { ChartItemService } from './item-service';

type VitalsRow = repositories.vitals.VitalsRow;

const toDto = (row: VitalsRow): VitalsDto => ({
  id: row.id,
  patientId: row.patientId,
  version: row.version,
  retired: row.retired,
  retiredReason: row.retiredReason,
  createdAt: row.createdAt,
  updatedAt: row.updatedAt,
  takenAt: row.takenAt,
  systolic: row.systolic,
  diastolic: row.diastolic,
  heartRate: row.heartRate,
  respiratoryRate: row.respiratoryRate,
  temperatureC: row.temperatureC,
  spo2: row.spo2,
  heightCm: row.heightCm,
  weightKg: row.weightKg,
  headCircumferenceCm: row.headCircumferenceCm,
  pain: row.pain,
  bmi: bmi(row.heightCm, row.weightKg),
  comment: row.comment,
});

/**
 * Vital sign sets (issue 4), a versioned chart item: every value is checked against what is possible
 * by the contract before it gets here, stored in one unit (°C, cm, kg), and BMI is computed on the
 * way out so it always agrees with the set's height and weight.
 */
export class VitalsService extends ChartItemService<typeof schema.vitals, VitalsFields, VitalsDto> {
  readonly #storeOf: () => ChartStore;

  constructor(store: () => ChartStore) {
    super(store, {
      kind: 'vitals',
      noun: 'set of vitals',
      items: repositories.vitals.items,
      audit: { add: 'vitals.add', update: 'vitals.update', retire: 'vitals.retire' },
      toColumns: vitalsColumns,
      toDto,
      // Which measurements were taken, never their values or the comment (SECURITY.md S14).
      auditDetail: (columns) => vitalKeys.filter((key) => columns[key] != null).join(','),
      duplicateOf: (active, columns) =>
        active.some((set) => set.takenAt === columns.takenAt)
          ? {
              message: 'A set of vitals taken at this exact time is already recorded. Edit that set instead.',
              field: 'takenAt',
            }
          : null,
    });
    this.#storeOf = store;
  }

  /** A reading cannot predate the patient: a wrong year is caught before it lands in the trends. */
  #assertAfterBirth(patientId: number, takenAt: string): void {
    const patient = repositories.patients.getPatient(this.#storeOf().db, patientId);
    if (!patient) return;
    if (Date.parse(takenAt) < new Date(`${patient.birthDate}T00:00:00`).getTime()) {
      throw new ChartroomError(
        'BAD_REQUEST',
        `The time taken is before the patient's date of birth (${patient.birthDate}). Check the date.`,
        'takenAt',
      );
    }
  }

  override add(actor: Actor, patientId: number, input: VitalsFields): VitalsDto {
    return withTransaction(this.#storeOf(), () => {
      this.#assertAfterBirth(patientId, input.takenAt);
      return super.add(actor, patientId, input);
    });
  }

  override update(
    actor: Actor,
    input: { patientId: number; itemId: number; expectedVersion: number; item: VitalsFields },
  ): VitalsDto {
    return withTransaction(this.#storeOf(), () => {
      this.#assertAfterBirth(input.patientId, input.item.takenAt);
      return super.update(actor, input);
    });
  }
}
