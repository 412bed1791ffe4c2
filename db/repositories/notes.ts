import { and, asc, count, desc, eq } from 'drizzle-orm';
import type { SelectResultFields } from 'drizzle-orm/query-builders/select.types';
import type { SelectedFields } from 'drizzle-orm/sqlite-core';
import { encounters, noteAddenda, notes, noteTemplates, users } from '../schema';
import type { ChartDb } from '../store/open';
import { insertRows, prepared } from './bulk-insert';

export type NoteRow = typeof notes.$inferSelect;
export type AddendumRow = typeof noteAddenda.$inferSelect;
export type NoteTemplateRow = typeof noteTemplates.$inferSelect;

export const getNote = (db: ChartDb, id: number): NoteRow | undefined =>
  db.select().from(notes).where(eq(notes.id, id)).get();

export const insertNote = (db: ChartDb, row: typeof notes.$inferInsert): NoteRow =>
  db.insert(notes).values(row).returning().get();

/** Many new notes (drafts: the triggers let a note be born only unsigned); their ids, in order. */
export const insertNotes = (db: ChartDb, rows: readonly (typeof notes.$inferInsert)[]): number[] =>
  insertRows(db, notes, rows);

/**
 * Signs drafts as they stand, each with its signer, time and content hash (computed by the caller
 * over the stored sections, as the note service signs), one version later. Refuses a note that is not
 * a draft at the expected version.
 */
export const sealNotes = (
  db: ChartDb,
  seals: readonly { id: number; expectedVersion: number; signedBy: number; signedAt: string; contentHash: string }[],
): void => {
  const sign = prepared(
    db,
    `UPDATE notes SET status = 'signed', signed_by = ?, signed_at = ?, content_hash = ?, updated_at = ?,
       version = version + 1 WHERE id = ? AND version = ? AND status = 'draft'`,
  );
  for (const seal of seals) {
    const { changes } = sign.run(
      seal.signedBy,
      seal.signedAt,
      seal.contentHash,
      seal.signedAt,
      seal.id,
      seal.expectedVersion,
    );
    if (changes !== 1) throw new Error(`Note ${seal.id} changed before it could be signed.`);
  }
};

/** Saves a new version; undefined when the stored version is not the one the editor was based on. */
export const updateNote = (
  db: ChartDb,
  id: number,
  expectedVersion: number,
  fields: Partial<Omit<NoteRow, 'id' | 'patientId' | 'encounterId' | 'version' | 'createdAt'>>,
): NoteRow | undefined =>
  db
    .update(notes)
    .set({ ...fields, version: expectedVersion + 1 })
    .where(and(eq(notes.id, id), eq(notes.version, expectedVersion)))
    .returning()
    .get();

const summaryColumns = {
  id: notes.id,
  encounterId: notes.encounterId,
  templateName: notes.templateName,
  status: notes.status,
  authorId: notes.authorId,
  cosignerId: notes.cosignerId,
  signedBy: notes.signedBy,
  signedAt: notes.signedAt,
  retired: notes.retired,
  updatedAt: notes.updatedAt,
};
export type NoteSummaryRow = { [K in keyof typeof summaryColumns]: NoteRow[K] };

/** Every note of a patient without its text, oldest first: listing a chart reads no note content. */
export const listSummaries = (db: ChartDb, patientId: number): NoteSummaryRow[] =>
  db.select(summaryColumns).from(notes).where(eq(notes.patientId, patientId)).orderBy(asc(notes.id)).all();

/** How many addenda each of a patient's notes has. */
export const addendumCounts = (db: ChartDb, patientId: number): Map<number, number> =>
  new Map(
    db
      .select({ noteId: noteAddenda.noteId, n: count() })
      .from(noteAddenda)
      .where(eq(noteAddenda.patientId, patientId))
      .groupBy(noteAddenda.noteId)
      .all()
      .map((row) => [row.noteId, row.n]),
  );

/**
 * A chart's notes, newest visit first (the newest note first within a visit), each with what the
 * caller selects from the note, its encounter and its author: the one query behind the face sheet's
 * last notes, the release choices and the archive. Retired notes are left out unless asked for.
 */
export const chartNotesNewestFirst = <Selection extends SelectedFields>(
  db: ChartDb,
  patientId: number,
  selection: Selection,
  options: { includeRetired?: boolean; limit?: number } = {},
): SelectResultFields<Selection>[] => {
  // Drizzle cannot follow a generic selection through the joins; the rows are what `selection` names.
  const query = db
    .select(selection as SelectedFields)
    .from(notes)
    .innerJoin(encounters, eq(encounters.id, notes.encounterId))
    .innerJoin(users, eq(users.id, notes.authorId))
    .where(
      options.includeRetired
        ? eq(notes.patientId, patientId)
        : and(eq(notes.patientId, patientId), eq(notes.retired, false)),
    )
    .orderBy(desc(encounters.date), desc(notes.id));
  return (
    options.limit === undefined ? query.all() : query.limit(options.limit).all()
  ) as SelectResultFields<Selection>[];
};

export const listAddenda = (db: ChartDb, noteId: number): AddendumRow[] =>
  db.select().from(noteAddenda).where(eq(noteAddenda.noteId, noteId)).orderBy(asc(noteAddenda.id)).all();

export const insertAddendum = (db: ChartDb, row: typeof noteAddenda.$inferInsert): AddendumRow =>
  db.insert(noteAddenda).values(row).returning().get();

/** Templates: the default first, then by name. */
export const listTemplates = (db: ChartDb): NoteTemplateRow[] =>
  db.select().from(noteTemplates).orderBy(desc(noteTemplates.isDefault), asc(noteTemplates.name)).all();

export const getTemplate = (db: ChartDb, id: number): NoteTemplateRow | undefined =>
  db.select().from(noteTemplates).where(eq(noteTemplates.id, id)).get();

export const insertTemplate = (db: ChartDb, row: typeof noteTemplates.$inferInsert): NoteTemplateRow =>
  db.insert(noteTemplates).values(row).returning().get();

export const updateTemplate = (
  db: ChartDb,
  id: number,
  expectedVersion: number,
  fields: Partial<Pick<NoteTemplateRow, 'name' | 'sections' | 'active' | 'updatedAt'>>,
): NoteTemplateRow | undefined =>
  db
    .update(noteTemplates)
    .set({ ...fields, version: expectedVersion + 1 })
    .where(and(eq(noteTemplates.id, id), eq(noteTemplates.version, expectedVersion)))
    .returning()
    .get();
