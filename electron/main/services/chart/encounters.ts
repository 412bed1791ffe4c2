import { type ChartStore, repositories, type schema, withTransaction } from '../../../../db';
import type { EncounterDto, EncounterFields, EncounterType, NoteSummaryDto } from '../../../contract/encounters';
import { ChartroomError } from '../../../contract/errors';
import type { Actor } from '../context';
import { ChartItemService } from './item-service';

type EncounterRow = repositories.encounters.EncounterRow;

/** Who may be an encounter's provider or a note's co-signer: active physicians. */
export const activePhysicians = (store: ChartStore) =>
  repositories.users
    .listUsers(store.db)
    .filter((user) => user.role === 'physician' && user.active)
    .map((user) => ({ id: user.id, fullName: user.fullName }));

export const staffNames = (store: ChartStore): Map<number, string> =>
  new Map(repositories.users.listUsers(store.db).map((user) => [user.id, user.fullName]));

/**
 * Encounters (issue 4): a versioned chart item (ChartItemService gives add/edit/retire/history with the
 * wrong-patient guard), listed newest first as a timeline with each encounter's notes, filterable by
 * type and provider.
 */
export class EncounterService {
  readonly #store: () => ChartStore;
  readonly #items: ChartItemService<typeof schema.encounters, EncounterFields, EncounterRow>;

  constructor(store: () => ChartStore) {
    this.#store = store;
    this.#items = new ChartItemService(store, {
      kind: 'encounter',
      noun: 'encounter',
      items: repositories.encounters.items,
      audit: { add: 'encounter.add', update: 'encounter.update', retire: 'encounter.retire' },
      toColumns: (input) => ({
        date: input.date,
        providerId: input.providerId,
        type: input.type,
        reason: input.reason,
      }),
      toDto: (row) => row,
      // The type and date only: the reason is free text (SECURITY.md S14).
      auditDetail: (columns) => `${columns.type} ${columns.date}`,
    });
  }

  /** The encounter, refused unless it is on this patient's chart. */
  own(patientId: number, encounterId: number): EncounterRow {
    return this.#items.own(patientId, encounterId);
  }

  providers() {
    return activePhysicians(this.#store());
  }

  list(patientId: number, filter: { type?: EncounterType; providerId?: number }) {
    const store = this.#store();
    if (!repositories.patients.getPatient(store.db, patientId))
      throw new ChartroomError('NOT_FOUND', 'This patient was not found. Search again.');
    const rows = repositories.encounters.listFiltered(store.db, patientId, filter);
    const dtos = this.#decorate(patientId, rows);
    return { active: dtos.filter((e) => !e.retired), retired: dtos.filter((e) => e.retired) };
  }

  add(actor: Actor, patientId: number, encounter: EncounterFields): EncounterDto {
    return withTransaction(this.#store(), () => {
      this.#assertProvider(encounter.providerId);
      return this.#decorateOne(patientId, this.#items.add(actor, patientId, encounter));
    });
  }

  update(
    actor: Actor,
    input: { patientId: number; itemId: number; expectedVersion: number; item: EncounterFields },
  ): EncounterDto {
    return withTransaction(this.#store(), () => {
      const current = this.own(input.patientId, input.itemId);
      // A provider who has since left stays valid on an old encounter; a newly picked one must be active.
      if (input.item.providerId !== current.providerId) this.#assertProvider(input.item.providerId);
      return this.#decorateOne(input.patientId, this.#items.update(actor, input));
    });
  }

  retire(actor: Actor, input: { patientId: number; itemId: number; reason: string }): EncounterDto {
    return this.#decorateOne(input.patientId, this.#items.retire(actor, input));
  }

  history(patientId: number, encounterId: number) {
    return this.#items.history(patientId, encounterId);
  }

  #assertProvider(providerId: number): void {
    if (!activePhysicians(this.#store()).some((p) => p.id === providerId)) {
      throw new ChartroomError(
        'BAD_REQUEST',
        'The provider must be an active physician of the practice. Pick one from the list.',
        'item.providerId',
      );
    }
  }

  #decorateOne(patientId: number, row: EncounterRow): EncounterDto {
    const [dto] = this.#decorate(patientId, [row]);
    if (!dto) throw new Error('An encounter vanished while it was being described.');
    return dto;
  }

  /** Adds the provider's name and each encounter's notes (without their text) in two queries. */
  #decorate(patientId: number, rows: EncounterRow[]): EncounterDto[] {
    const store = this.#store();
    const names = staffNames(store);
    const counts = repositories.notes.addendumCounts(store.db, patientId);
    const notesByEncounter = new Map<number, NoteSummaryDto[]>();
    for (const note of repositories.notes.listSummaries(store.db, patientId)) {
      const list = notesByEncounter.get(note.encounterId) ?? [];
      list.push({
        id: note.id,
        encounterId: note.encounterId,
        templateName: note.templateName,
        status: note.status,
        authorName: names.get(note.authorId) ?? '',
        cosignerName: note.cosignerId ? (names.get(note.cosignerId) ?? '') : '',
        signerName: note.signedBy ? (names.get(note.signedBy) ?? '') : '',
        signedAt: note.signedAt ?? '',
        addendumCount: counts.get(note.id) ?? 0,
        retired: note.retired,
        updatedAt: note.updatedAt,
      });
      notesByEncounter.set(note.encounterId, list);
    }
    return rows.map((row) => ({
      id: row.id,
      patientId: row.patientId,
      version: row.version,
      retired: row.retired,
      retiredReason: row.retiredReason,
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
      date: row.date,
      providerId: row.providerId,
      providerName: names.get(row.providerId) ?? '',
      type: row.type as EncounterType,
      reason: row.reason,
      notes: notesByEncounter.get(row.id) ?? [],
    }));
  }
}
