import type { DocumentReference, Encounter } from '@medplum/fhirtypes';
import type { ChartRows } from './chart-rows';
import { type ExportEntry, entryOf, lastUpdated, type MappingContext, referenceTo } from './context';
import { systems } from './systems';

type NoteWithAddenda = ChartRows['notes'][number];

const sectionsOf = (json: string): { title: string; text: string }[] => {
  const parsed = JSON.parse(json) as { title?: unknown; text?: unknown }[];
  return parsed.map((section) => ({ title: String(section.title ?? ''), text: String(section.text ?? '') }));
};

/** The note as a reader sees it: heading, each section, then every addendum with its author and time. */
export const noteText = ({ note, addenda }: NoteWithAddenda, context: MappingContext): string => {
  const state =
    note.status === 'signed' && note.signedBy !== null
      ? `Signed by ${context.userName(note.signedBy)} at ${note.signedAt}`
      : 'PRELIMINARY: not signed';
  const lines = [`${note.templateName} note`, `Author: ${context.userName(note.authorId)}`, state, ''];
  for (const section of sectionsOf(note.sections)) lines.push(section.title.toUpperCase(), section.text, '');
  for (const addendum of addenda) {
    lines.push(`ADDENDUM by ${context.userName(addendum.authorId)} at ${addendum.at}`, addendum.text, '');
  }
  return `${lines.join('\n').trimEnd()}\n`;
};

/**
 * Visit notes as DocumentReferences (LOINC 11506-3, progress note) with the text as a plain-text
 * attachment: final once signed, preliminary before. The note's encounter is its context.
 */
export const noteEntries = (rows: ChartRows, context: MappingContext): ExportEntry[] => {
  const encounters = new Map(rows.encounters.map((encounter) => [encounter.id, encounter]));
  return rows.notes.map((item) => {
    const { note } = item;
    const encounter = encounters.get(note.encounterId);
    const signed = note.status === 'signed';
    const resource: DocumentReference = {
      resourceType: 'DocumentReference',
      meta: lastUpdated(note.updatedAt),
      status: 'current',
      docStatus: signed ? 'final' : 'preliminary',
      type: { coding: [{ system: systems.loinc, code: '11506-3', display: 'Progress note' }], text: 'Visit note' },
      category: [{ coding: [{ system: systems.documentCategory, code: 'clinical-note', display: 'Clinical Note' }] }],
      subject: context.patient,
      date: new Date(note.signedAt ?? note.updatedAt).toISOString(),
      author: [{ display: context.userName(note.authorId) }],
      ...(signed && note.signedBy !== null ? { authenticator: { display: context.userName(note.signedBy) } } : {}),
      description: `${note.templateName} note`,
      content: [
        {
          attachment: {
            contentType: 'text/plain; charset=utf-8',
            language: 'en',
            data: Buffer.from(noteText(item, context), 'utf8').toString('base64'),
            title: `${note.templateName} note`,
            creation: new Date(note.createdAt).toISOString(),
          },
        },
      ],
      ...(encounter
        ? {
            context: {
              encounter: [referenceTo<Encounter>(context, 'encounter', encounter.id)],
              period: { start: encounter.date },
            },
          }
        : {}),
    };
    return entryOf(context, 'note', note.id, resource);
  });
};
