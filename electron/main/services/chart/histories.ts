import { type ChartStore, repositories, type schema, withTransaction } from '../../../../db';
import { ChartroomError } from '../../../contract/errors';
import type {
  FamilyHistoryDto,
  FamilyHistoryFields,
  SocialHistoryDto,
  SocialHistoryFields,
} from '../../../contract/histories';
import type { Actor } from '../context';
import { ChartItemService } from './item-service';

type FamilyRow = repositories.histories.FamilyHistoryRow;
type SocialRow = repositories.histories.SocialHistoryRow;

const bookkeeping = (row: FamilyRow | SocialRow) => ({
  id: row.id,
  patientId: row.patientId,
  version: row.version,
  retired: row.retired,
  retiredReason: row.retiredReason,
  createdAt: row.createdAt,
  updatedAt: row.updatedAt,
});

const familyDto = (row: FamilyRow): FamilyHistoryDto => ({
  ...bookkeeping(row),
  relative: row.relative as FamilyHistoryDto['relative'],
  condition: row.condition,
  code: row.code,
  ageAtOnset: row.ageAtOnset,
  deceased: row.deceased,
  comment: row.comment,
});

const socialDto = (row: SocialRow): SocialHistoryDto => ({
  ...bookkeeping(row),
  smokingStatus: row.smokingStatus,
  tobaccoComment: row.tobaccoComment,
  alcohol: row.alcohol,
  substanceUse: row.substanceUse,
  occupation: row.occupation,
  livingSituation: row.livingSituation,
  comment: row.comment,
});

const socialColumns = (input: SocialHistoryFields) => ({
  smokingStatus: input.smokingStatus,
  tobaccoComment: input.tobaccoComment,
  alcohol: input.alcohol,
  substanceUse: input.substanceUse,
  occupation: input.occupation,
  livingSituation: input.livingSituation,
  comment: input.comment,
});

const sameCondition = (a: { condition: string; code: string }, b: { condition: string; code?: string }) =>
  (a.code !== '' && a.code === b.code) || a.condition.toLowerCase() === b.condition.toLowerCase();

/** Family history (issue 4): one entry per relative and condition, versioned and retired with a reason. */
export class FamilyHistoryService extends ChartItemService<
  typeof schema.familyHistory,
  FamilyHistoryFields,
  FamilyHistoryDto
> {
  constructor(store: () => ChartStore) {
    super(store, {
      kind: 'family-history',
      noun: 'family history entry',
      items: repositories.histories.family,
      audit: { add: 'family-history.add', update: 'family-history.update', retire: 'family-history.retire' },
      toColumns: (input) => ({
        relative: input.relative,
        condition: input.condition,
        code: input.code,
        ageAtOnset: input.ageAtOnset,
        deceased: input.deceased,
        comment: input.comment,
      }),
      toDto: familyDto,
      // The relative and the code, never the typed condition or comment (SECURITY.md S14).
      auditDetail: (columns) => [columns.relative, columns.code].filter(Boolean).join('; '),
      duplicateOf: (active, columns) =>
        // "Other relative" is described in the comment, so two of them may share a condition.
        columns.relative !== 'other' &&
        active.some((entry) => entry.relative === columns.relative && sameCondition(entry, columns))
          ? {
              message: `This relative's ${columns.condition} is already recorded. Edit that entry instead.`,
              field: 'condition',
            }
          : null,
    });
  }
}

/**
 * Social history (issue 4): one record per patient, edited in place. Every save names the version
 * the user edited (null for the first), so two people editing at once cannot overwrite each other,
 * and every version stays in its visible history.
 */
export class SocialHistoryService {
  readonly #store: () => ChartStore;
  readonly #items: ChartItemService<typeof schema.socialHistory, SocialHistoryFields, SocialHistoryDto>;

  constructor(store: () => ChartStore) {
    this.#store = store;
    this.#items = new ChartItemService(store, {
      kind: 'social-history',
      noun: 'social history',
      items: repositories.histories.social,
      audit: { add: 'social-history.save', update: 'social-history.save', retire: 'social-history.save' },
      toColumns: socialColumns,
      toDto: socialDto,
      // The smoking status code only: the rest is free text (SECURITY.md S14).
      auditDetail: (columns) => (columns.smokingStatus ? `smoking ${columns.smokingStatus}` : 'v1'),
      duplicateOf: (active) =>
        active.length > 0
          ? {
              message:
                'Someone else recorded this social history after you opened it. Your edits are kept in the form: reload to see theirs.',
            }
          : null,
    });
  }

  #current(patientId: number): SocialRow | undefined {
    return this.#items.rows(patientId)[0] as SocialRow | undefined;
  }

  get(patientId: number): SocialHistoryDto | null {
    const row = this.#current(patientId);
    return row ? socialDto(row) : null;
  }

  save(
    actor: Actor,
    input: { patientId: number; expectedVersion: number | null; item: SocialHistoryFields },
  ): SocialHistoryDto {
    return withTransaction(this.#store(), () => {
      const current = this.#current(input.patientId);
      if (input.expectedVersion === null) return this.#items.add(actor, input.patientId, input.item);
      if (!current) {
        throw new ChartroomError('NOT_FOUND', 'This patient has no social history to edit yet. Reload the chart.');
      }
      return this.#items.update(actor, {
        patientId: input.patientId,
        itemId: current.id,
        expectedVersion: input.expectedVersion,
        item: input.item,
      });
    });
  }

  /** Every version of the patient's social history, oldest first; empty before the first save. */
  history(patientId: number) {
    const current = this.#current(patientId);
    return current ? this.#items.history(patientId, current.id) : [];
  }
}
