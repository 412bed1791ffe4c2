import { z } from 'zod';
import { requiredText } from './fields';

/**
 * Code sets the practice may replace (issue 4): the ICD-10-CM starter set shipped in
 * resources/code-sets gives way to the full official CMS file when the office manager imports it.
 */
export const maxIcd10FileBytes = 32 * 1024 * 1024;
export const maxIcd10FileBase64Chars = Math.ceil(maxIcd10FileBytes / 3) * 4;

export const importIcd10InputSchema = z.strictObject({
  fileName: requiredText('File name', 255),
  /** The file as it was downloaded, base64: the CMS files are plain ASCII text. */
  contentBase64: z
    .string({ error: 'Pick the file to import.' })
    .min(1, { error: 'The file is empty. Pick icd10cm-codes-YYYY.txt from the CMS download.' })
    .max(maxIcd10FileBase64Chars, {
      error: `The file is larger than ${maxIcd10FileBytes / 1024 / 1024} MB; the CMS code file is about 10 MB. Pick icd10cm-codes-YYYY.txt.`,
    })
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, { error: 'The file could not be read. Pick it again.' }),
});

export const icd10SourceSchema = z.object({
  source: z.enum(['starter', 'cms']),
  codeCount: z.number(),
  /** For an import: the file, when, and who; empty for the starter set. */
  fileName: z.string(),
  importedAt: z.string(),
  importedBy: z.string(),
});
export type Icd10SourceDto = z.output<typeof icd10SourceSchema>;
