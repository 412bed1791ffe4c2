import { type ChartStore, repositories, withTransaction } from '../../../../db';
import { ChartroomError } from '../../../contract/errors';
import { type NoteDto, type NoteSection, signedNoteMessage } from '../../../contract/notes';
import { can } from '../../../contract/roles';
import { recordAudit } from '../audit';
import type { Actor } from '../context';
import { activePhysicians, type EncounterService, staffNames } from './encounters';
import { hashAddendum, hashNote } from './note-hash';
import { type NoteTemplateService, parseSections } from './note-templates';
import { expandSmartInserts } from './smart-inserts';
import { onThisChart } from './versions';

type NoteRow = repositories.notes.NoteRow;

interface ContentWrite {
  patientId: number;
  noteId: number;
  expectedVersion: number;
  sections: NoteSection[];
}

const changedUnderneath = () =>
  new ChartroomError(
    'CONFLICT',
    'This note was saved from another window or by someone else after you opened it. Copy your text, then reload the note.',
  );

export const noteCreateAuditDetail = (encounterId: number, templateId: number) =>
  `encounter ${encounterId}, template ${templateId}`;

/** The stored sections, or null when they are not the JSON Chartroom writes (only possible by tampering). */
const readSections = (row: NoteRow): NoteSection[] | null => {
  try {
    const sections = JSON.parse(row.sections) as unknown;
    if (!Array.isArray(sections)) return null;
    return sections.map((s: { title?: unknown; text?: unknown }) => ({ title: String(s.title), text: String(s.text) }));
  } catch {
    return null;
  }
};

/**
 * Notes (issue 4, SECURITY.md S10). A draft is saved as it is typed (no audit row per save: the
 * note's create, sign, co-signature, addenda and retire are audited, and each read of a note). A
 * physician signs; signing stores a SHA-256 of the canonical content (note-hash.ts), and from then
 * on the service refuses any change and a trigger refuses it again in SQL. Reading a signed note
 * recomputes the hash and says whether it still matches.
 */
export class NoteService {
  readonly #store: () => ChartStore;
  readonly #encounters: EncounterService;
  readonly #templates: NoteTemplateService;

  constructor(store: () => ChartStore, encounters: EncounterService, templates: NoteTemplateService) {
    this.#store = store;
    this.#encounters = encounters;
    this.#templates = templates;
  }

  #own(patientId: number, noteId: number): NoteRow {
    return onThisChart(repositories.notes.getNote(this.#store().db, noteId), patientId, 'note');
  }

  /** The note as the chart shows it, with its integrity verdict and addenda; the read is audited. */
  get(actor: Actor, patientId: number, noteId: number): NoteDto {
    const store = this.#store();
    return withTransaction(store, () => {
      const row = this.#own(patientId, noteId);
      recordAudit(store, { ...actor, action: 'note.view', patientId, entity: 'note', entityId: row.id });
      return this.#toDto(row);
    });
  }

  create(actor: Actor, input: { patientId: number; encounterId: number; templateId: number }): NoteDto {
    const store = this.#store();
    return withTransaction(store, () => {
      const encounter = this.#encounters.own(input.patientId, input.encounterId);
      if (encounter.retired)
        throw new ChartroomError('CONFLICT', 'This encounter was retired; notes go on a current encounter.');
      const template = this.#templates.get(input.templateId);
      if (!template.active)
        throw new ChartroomError('CONFLICT', `The ${template.name} template is no longer in use. Pick another one.`);
      const sections = parseSections(template.sections).map((section) => ({
        title: section.title,
        text: expandSmartInserts(store, input.patientId, section.text),
      }));
      const now = new Date().toISOString();
      const row = repositories.notes.insertNote(store.db, {
        encounterId: encounter.id,
        patientId: input.patientId,
        templateName: template.name,
        sections: JSON.stringify(sections),
        status: 'draft',
        authorId: actor.userId,
        createdAt: now,
        updatedAt: now,
      });
      recordAudit(store, {
        ...actor,
        action: 'note.create',
        patientId: input.patientId,
        entity: 'note',
        entityId: row.id,
        detail: noteCreateAuditDetail(encounter.id, template.id),
      });
      return this.#toDto(row);
    });
  }

  /**
   * A note written and signed in another system, brought in by an import: it must never open here as
   * a draft, so it is born a draft and sealed at once under the importing user, with the same create
   * and sign audit rows as a note written here. Inside the caller's transaction, an import's all or nothing.
   */
  importSigned(
    actor: Actor,
    input: { patientId: number; encounterId: number; title: string; sections: NoteSection[] },
  ): NoteDto {
    const store = this.#store();
    return withTransaction(store, () => {
      const encounter = this.#encounters.own(input.patientId, input.encounterId);
      const now = new Date().toISOString();
      const draft = repositories.notes.insertNote(store.db, {
        encounterId: encounter.id,
        patientId: input.patientId,
        templateName: input.title,
        sections: JSON.stringify(input.sections),
        status: 'draft',
        authorId: actor.userId,
        createdAt: now,
        updatedAt: now,
      });
      recordAudit(store, {
        ...actor,
        action: 'note.create',
        patientId: input.patientId,
        entity: 'note',
        entityId: draft.id,
        detail: `encounter ${encounter.id}, imported`,
      });
      const content = {
        patientId: input.patientId,
        noteId: draft.id,
        expectedVersion: draft.version,
        sections: input.sections,
      };
      return this.#seal(actor, draft, content, 'note.sign');
    });
  }

  /** The autosave: the editor's content over the version it was based on. Not audited per save. */
  saveDraft(input: ContentWrite): { version: number; updatedAt: string } {
    const store = this.#store();
    return withTransaction(store, () => {
      const current = this.#editable(input);
      const row = this.#writeContent(current, input, {});
      return { version: row.version, updatedAt: row.updatedAt };
    });
  }

  /** A physician signs a draft: the content on screen is saved and sealed with its hash in one step. */
  sign(actor: Actor, input: ContentWrite): NoteDto {
    const store = this.#store();
    return withTransaction(store, () => {
      const current = this.#editable(input);
      if (current.status === 'awaiting-cosign') {
        const cosigner = staffNames(store).get(current.cosignerId ?? 0) ?? 'the named physician';
        throw new ChartroomError(
          'CONFLICT',
          `This note is waiting for ${cosigner}'s co-signature; only ${cosigner} can sign it now.`,
        );
      }
      return this.#seal(actor, current, input, 'note.sign');
    });
  }

  /** Sends the note to a named physician, who co-signs it; the author keeps authorship. */
  requestCosign(actor: Actor, input: ContentWrite & { cosignerId: number }): NoteDto {
    const store = this.#store();
    return withTransaction(store, () => {
      const current = this.#editable(input);
      if (!activePhysicians(store).some((p) => p.id === input.cosignerId))
        throw new ChartroomError(
          'BAD_REQUEST',
          'The co-signer must be an active physician of the practice. Pick one from the list.',
          'cosignerId',
        );
      if (input.cosignerId === actor.userId)
        throw new ChartroomError(
          'BAD_REQUEST',
          'You cannot co-sign your own note: pick another physician.',
          'cosignerId',
        );
      const row = this.#writeContent(current, input, { status: 'awaiting-cosign', cosignerId: input.cosignerId });
      recordAudit(store, {
        ...actor,
        action: 'note.cosign-request',
        patientId: input.patientId,
        entity: 'note',
        entityId: row.id,
        detail: `co-signer ${input.cosignerId}`,
      });
      return this.#toDto(row);
    });
  }

  /** The named co-signer signs a note sent to them (and may correct it first: the content is part of the call). */
  cosign(actor: Actor, input: ContentWrite): NoteDto {
    const store = this.#store();
    return withTransaction(store, () => {
      const current = this.#editable(input);
      if (current.status !== 'awaiting-cosign')
        throw new ChartroomError('CONFLICT', 'This note was not sent for co-signature; sign it instead.');
      if (current.cosignerId !== actor.userId) {
        const cosigner = staffNames(store).get(current.cosignerId ?? 0) ?? 'another physician';
        throw new ChartroomError(
          'CONFLICT',
          `This note was sent to ${cosigner} for co-signature; only they can co-sign it.`,
        );
      }
      return this.#seal(actor, current, input, 'note.cosign');
    });
  }

  addAddendum(actor: Actor, input: { patientId: number; noteId: number; text: string }): NoteDto {
    const store = this.#store();
    return withTransaction(store, () => {
      const note = this.#own(input.patientId, input.noteId);
      if (note.status !== 'signed' || !note.contentHash)
        throw new ChartroomError(
          'CONFLICT',
          'Addenda go under signed notes. This note is still a draft: edit it instead.',
        );
      if (note.retired) throw new ChartroomError('CONFLICT', 'This note was retired; addenda cannot be added to it.');
      const at = new Date().toISOString();
      const content = {
        noteId: note.id,
        noteHash: note.contentHash,
        patientId: note.patientId,
        authorId: actor.userId,
        at,
        text: input.text,
      };
      const addendum = repositories.notes.insertAddendum(store.db, {
        noteId: note.id,
        patientId: note.patientId,
        authorId: actor.userId,
        at,
        text: input.text,
        contentHash: hashAddendum(content),
      });
      recordAudit(store, {
        ...actor,
        action: 'note.addendum',
        patientId: note.patientId,
        entity: 'note',
        entityId: note.id,
        detail: `addendum ${addendum.id}`,
      });
      return this.#toDto(note);
    });
  }

  /**
   * A note written on the wrong chart or in error is retired with a reason; it stays readable with
   * its signature. Only a physician retires a signed note.
   */
  retire(actor: Actor, input: { patientId: number; noteId: number; reason: string }): NoteDto {
    const store = this.#store();
    return withTransaction(store, () => {
      const current = this.#own(input.patientId, input.noteId);
      if (current.retired) return this.#toDto(current);
      if (current.status === 'signed' && !can(actor.role, 'notes.sign'))
        throw new ChartroomError('FORBIDDEN', 'Only a physician can retire a signed note.');
      const row = repositories.notes.updateNote(store.db, current.id, current.version, {
        retired: true,
        retiredReason: input.reason,
        updatedAt: new Date().toISOString(),
      });
      if (!row) throw changedUnderneath();
      recordAudit(store, {
        ...actor,
        action: 'note.retire',
        patientId: input.patientId,
        entity: 'note',
        entityId: row.id,
        detail: input.reason,
      });
      return this.#toDto(row);
    });
  }

  /** The note, if its content may still change: on this chart, not signed, not retired. */
  #editable(input: ContentWrite): NoteRow {
    const current = this.#own(input.patientId, input.noteId);
    if (current.status === 'signed') throw new ChartroomError('CONFLICT', signedNoteMessage);
    if (current.retired) throw new ChartroomError('CONFLICT', 'This note was retired; it can no longer be edited.');
    const titles = readSections(current)?.map((s) => s.title) ?? [];
    if (titles.join('\n') !== input.sections.map((s) => s.title).join('\n'))
      throw new ChartroomError('BAD_REQUEST', "The note's sections do not match this note. Reload the note.");
    return current;
  }

  #writeContent(
    current: NoteRow,
    input: ContentWrite,
    fields: Partial<Pick<NoteRow, 'status' | 'cosignerId' | 'signedBy' | 'signedAt' | 'contentHash'>>,
    at = new Date().toISOString(),
  ): NoteRow {
    const sections = input.sections.map((s) => ({ title: s.title, text: s.text }));
    const row = repositories.notes.updateNote(this.#store().db, current.id, input.expectedVersion, {
      ...fields,
      sections: JSON.stringify(sections),
      updatedAt: at,
    });
    if (!row) throw changedUnderneath();
    return row;
  }

  #seal(actor: Actor, current: NoteRow, input: ContentWrite, action: 'note.sign' | 'note.cosign'): NoteDto {
    const signedAt = new Date().toISOString();
    const contentHash = hashNote({
      noteId: current.id,
      patientId: current.patientId,
      encounterId: current.encounterId,
      sections: input.sections,
      signedBy: actor.userId,
      signedAt,
    });
    const row = this.#writeContent(
      current,
      input,
      { status: 'signed', signedBy: actor.userId, signedAt, contentHash },
      signedAt,
    );
    recordAudit(this.#store(), {
      ...actor,
      action,
      patientId: current.patientId,
      entity: 'note',
      entityId: row.id,
      detail: contentHash,
    });
    return this.#toDto(row);
  }

  #toDto(row: NoteRow): NoteDto {
    const store = this.#store();
    const names = staffNames(store);
    const sections = readSections(row);
    const signerName = row.signedBy ? (names.get(row.signedBy) ?? '') : '';
    const cosignerName = row.cosignerId ? (names.get(row.cosignerId) ?? '') : '';
    return {
      id: row.id,
      patientId: row.patientId,
      encounterId: row.encounterId,
      version: row.version,
      templateName: row.templateName,
      sections: sections ?? [],
      status: row.status,
      authorId: row.authorId,
      authorName: names.get(row.authorId) ?? '',
      cosignerId: row.cosignerId,
      cosignerName,
      signedById: row.signedBy,
      signerName,
      signedAt: row.signedAt ?? '',
      contentHash: row.contentHash ?? '',
      integrity: this.#integrity(row, sections, signerName, cosignerName),
      addenda: repositories.notes.listAddenda(store.db, row.id).map((addendum) => ({
        id: addendum.id,
        authorName: names.get(addendum.authorId) ?? '',
        at: addendum.at,
        text: addendum.text,
        contentHash: addendum.contentHash,
        verified:
          addendum.contentHash ===
          hashAddendum({
            noteId: row.id,
            noteHash: row.contentHash ?? '',
            patientId: addendum.patientId,
            authorId: addendum.authorId,
            at: addendum.at,
            text: addendum.text,
          }),
      })),
      retired: row.retired,
      retiredReason: row.retiredReason,
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
    };
  }

  #integrity(row: NoteRow, sections: NoteSection[] | null, signerName: string, cosignerName: string) {
    if (row.status === 'draft') return { state: 'unsigned' as const, message: 'Draft: not signed yet.' };
    if (row.status === 'awaiting-cosign')
      return { state: 'unsigned' as const, message: `Awaiting co-signature by ${cosignerName}.` };
    const matches =
      sections !== null &&
      row.signedBy !== null &&
      row.signedAt !== null &&
      row.contentHash ===
        hashNote({
          noteId: row.id,
          patientId: row.patientId,
          encounterId: row.encounterId,
          sections,
          signedBy: row.signedBy,
          signedAt: row.signedAt,
        });
    return matches
      ? { state: 'verified' as const, message: `Signature verified: this is exactly what ${signerName} signed.` }
      : {
          state: 'mismatch' as const,
          message:
            'Integrity warning: this note no longer matches what was signed. It was changed outside Chartroom. Do not rely on it, and tell the office manager.',
        };
  }
}
