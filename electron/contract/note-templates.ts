import { z } from 'zod';
import { id, requiredText, text } from './fields';

/**
 * Note templates (issue 4): named sections with starting text. Text may hold smart inserts, which
 * the main process replaces with the chart's current data when a note is created from the template.
 */
export const smartInserts = ['vitals', 'medications', 'allergies', 'problems'] as const;
export type SmartInsert = (typeof smartInserts)[number];

export const smartInsertLabels: Record<SmartInsert, string> = {
  vitals: 'Latest vitals',
  medications: 'Active medications',
  allergies: 'Allergies',
  problems: 'Active problems',
};

/** `{{vitals}}` as typed in a template. */
export const smartInsertToken = (insert: SmartInsert): string => `{{${insert}}}`;
const anyToken = /\{\{([^{}]*)\}\}/g;

/** The placeholders in a text that are not smart inserts, so a typo is caught when the template is saved. */
export const unknownInserts = (value: string): string[] =>
  [...value.matchAll(anyToken)]
    .map((match) => match[1] ?? '')
    .filter((name) => !(smartInserts as readonly string[]).includes(name));

export const templateSectionSchema = z.strictObject({
  title: requiredText('Section title', 80),
  text: text('Section text', 20_000, { multiline: true }).refine((value) => unknownInserts(value).length === 0, {
    error: `This section has a smart insert Chartroom does not know. Use ${smartInserts.map(smartInsertToken).join(', ')}.`,
  }),
});

export const templateSectionsSchema = z
  .array(templateSectionSchema, { error: 'A template needs its sections.' })
  .min(1, { error: 'Add at least one section to the template.' })
  .max(20, { error: 'A template has at most 20 sections.' })
  .refine((sections) => new Set(sections.map((s) => s.title.toLowerCase())).size === sections.length, {
    error: 'Two sections have the same title: give each section its own title.',
  });

export const noteTemplateSchema = z.object({
  id: z.number(),
  version: z.number(),
  name: z.string(),
  sections: z.array(z.object({ title: z.string(), text: z.string() })),
  isDefault: z.boolean(),
  active: z.boolean(),
  updatedAt: z.string(),
});
export type NoteTemplateDto = z.output<typeof noteTemplateSchema>;

/** A new template (no templateId) or a new version of one (templateId and the version being edited). */
export const saveTemplateInputSchema = z.strictObject({
  templateId: id('Template').optional(),
  expectedVersion: z.number().int().positive().optional(),
  name: requiredText('Template name', 80),
  sections: templateSectionsSchema,
});
export type SaveTemplateInput = z.input<typeof saveTemplateInputSchema>;

export const setTemplateActiveInputSchema = z.strictObject({
  templateId: id('Template'),
  expectedVersion: z.number().int().positive(),
  active: z.boolean(),
});
