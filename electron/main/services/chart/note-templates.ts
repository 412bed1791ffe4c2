import { type ChartStore, repositories, withTransaction } from '../../../../db';
import { ChartroomError } from '../../../contract/errors';
import type { NoteTemplateDto } from '../../../contract/note-templates';
import type { NoteSection } from '../../../contract/notes';
import { recordAudit } from '../audit';
import type { Actor } from '../context';

type TemplateRow = repositories.notes.NoteTemplateRow;

export const parseSections = (json: string): NoteSection[] => JSON.parse(json) as NoteSection[];

const toDto = (row: TemplateRow): NoteTemplateDto => ({
  id: row.id,
  version: row.version,
  name: row.name,
  sections: parseSections(row.sections),
  isDefault: row.isDefault,
  active: row.active,
  updatedAt: row.updatedAt,
});

const changedUnderneath = () =>
  new ChartroomError(
    'CONFLICT',
    'Someone else changed this template after you opened it. Your edits are kept in the form: reload to see theirs.',
  );

/**
 * The practice's note templates (issue 4). Templates hold no patient data; a note copies its
 * template's sections when it is created, so editing a template never changes an existing note.
 * Templates are deactivated, never deleted, and the default one (SOAP, seeded) stays active.
 */
export class NoteTemplateService {
  readonly #store: () => ChartStore;
  constructor(store: () => ChartStore) {
    this.#store = store;
  }

  list(): NoteTemplateDto[] {
    return repositories.notes.listTemplates(this.#store().db).map(toDto);
  }

  get(templateId: number): TemplateRow {
    const row = repositories.notes.getTemplate(this.#store().db, templateId);
    if (!row) throw new ChartroomError('NOT_FOUND', 'This template no longer exists. Reload the list.');
    return row;
  }

  save(
    actor: Actor,
    input: { templateId?: number; expectedVersion?: number; name: string; sections: NoteSection[] },
  ): NoteTemplateDto {
    const store = this.#store();
    return withTransaction(store, () => {
      const sameName = repositories.notes
        .listTemplates(store.db)
        .find((t) => t.name.toLowerCase() === input.name.toLowerCase() && t.id !== input.templateId);
      if (sameName)
        throw new ChartroomError(
          'CONFLICT',
          `A template named "${sameName.name}" already exists. Pick another name.`,
          'name',
        );
      const now = new Date().toISOString();
      const sections = JSON.stringify(input.sections.map((s) => ({ title: s.title, text: s.text })));
      let row: TemplateRow | undefined;
      if (input.templateId === undefined) {
        row = repositories.notes.insertTemplate(store.db, {
          name: input.name,
          sections,
          createdAt: now,
          updatedAt: now,
        });
      } else {
        this.get(input.templateId);
        if (input.expectedVersion === undefined)
          throw new ChartroomError('BAD_REQUEST', 'Reload the template before saving it: its version is missing.');
        row = repositories.notes.updateTemplate(store.db, input.templateId, input.expectedVersion, {
          name: input.name,
          sections,
          updatedAt: now,
        });
        if (!row) throw changedUnderneath();
      }
      recordAudit(store, {
        ...actor,
        action: 'template.save',
        entity: 'note-template',
        entityId: row.id,
        detail: `v${row.version}`,
      });
      return toDto(row);
    });
  }

  setActive(actor: Actor, input: { templateId: number; expectedVersion: number; active: boolean }): NoteTemplateDto {
    const store = this.#store();
    return withTransaction(store, () => {
      const current = this.get(input.templateId);
      if (current.isDefault && !input.active)
        throw new ChartroomError('CONFLICT', `${current.name} is the default template; it stays active.`);
      if (current.active === input.active) return toDto(current);
      const row = repositories.notes.updateTemplate(store.db, current.id, input.expectedVersion, {
        active: input.active,
        updatedAt: new Date().toISOString(),
      });
      if (!row) throw changedUnderneath();
      recordAudit(store, {
        ...actor,
        action: 'template.set-active',
        entity: 'note-template',
        entityId: row.id,
        detail: input.active ? 'activated' : 'deactivated',
      });
      return toDto(row);
    });
  }
}
