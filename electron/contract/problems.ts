import { z } from 'zod';
import { chartItemShape, chartItemWrites, optionalPastDate } from './chart-items';
import { optionalText, requiredText } from './fields';

/** The problem list (issue 4). Each problem is coded in ICD-10-CM; "resolved" stays on the chart. */
export const icd10Code = z
  .string({ error: 'Pick a diagnosis code.' })
  .trim()
  .toUpperCase()
  .min(1, { error: 'Pick a diagnosis code from the list: a problem needs an ICD-10-CM code.', abort: true })
  .regex(/^[A-TV-Z][0-9][0-9A-Z](\.[0-9A-Z]{1,4})?$/, {
    error: 'That is not an ICD-10-CM code (it looks like E11.9). Pick one from the list.',
  });

export const problemInputSchema = z.strictObject({
  code: icd10Code,
  description: requiredText('Description', 300),
  onset: optionalPastDate('Onset date'),
  clinicalStatus: z.enum(['active', 'resolved'], { error: 'Pick whether the problem is active or resolved.' }),
  comment: optionalText('Comment', 1000),
});
export type ProblemFields = z.output<typeof problemInputSchema>;

export const problemSchema = z.object({
  ...problemInputSchema.shape,
  onset: z.string(),
  ...chartItemShape,
});
export type ProblemDto = z.output<typeof problemSchema>;

export const problemListSchema = z.object({
  active: z.array(problemSchema),
  resolved: z.array(problemSchema),
  retired: z.array(problemSchema),
});

export const problemWrites = chartItemWrites('Problem', problemInputSchema);

export const codeSearchInputSchema = z.strictObject({
  query: z.string().max(100, { error: 'Shorten the search.' }),
  limit: z.number().int().min(1).max(50).default(20),
});
export const codeSearchOutputSchema = z.array(z.object({ code: z.string(), name: z.string() }));
