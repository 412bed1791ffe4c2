import { z } from 'zod';

/**
 * Field builders shared by every schema. Each string is bounded and refuses NUL and other control
 * characters (SECURITY.md S11); messages say what to fix, because forms show them as they are.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point.
const anyControlCharacter = /[\u0000-\u001F\u007F]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point.
const controlCharacterOtherThanLineBreakOrTab = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/**
 * One-line text (names, phone numbers): no control characters at all, since a line break in a name
 * breaks the banner and ends a record in HL7 and CSV. Multi-line text (reasons, comments) may hold
 * line breaks and tabs.
 */
export const text = (label: string, max: number, options: { multiline?: boolean } = {}) =>
  z
    .string({ error: `${label} must be text.` })
    .max(max, { error: `${label} is too long: keep it under ${max} characters.` })
    .refine(
      (value) => !(options.multiline ? controlCharacterOtherThanLineBreakOrTab : anyControlCharacter).test(value),
      {
        error: options.multiline
          ? `${label} contains invisible control characters; retype it.`
          : `${label} must be a single line without tabs or invisible control characters; retype it.`,
      },
    );

/** "Member ID" -> "member ID": lowercase for use mid-sentence, keeping acronyms as they are. */
export const inSentence = (label: string): string =>
  label
    .split(' ')
    .map((word) => (word.length > 1 && word === word.toUpperCase() ? word : word.toLowerCase()))
    .join(' ');

export const requiredText = (label: string, max: number, options: { multiline?: boolean } = {}) =>
  text(label, max, options)
    .transform((value) => value.trim())
    .refine((value) => value.length > 0, { error: `Enter the ${inSentence(label)}.` });

export const optionalText = (label: string, max: number) =>
  text(label, max)
    .transform((value) => value.trim())
    .optional()
    .default('');

export const isoDate = (label: string) =>
  z
    .string({ error: `${label} must be a date.` })
    .min(1, { error: `Enter the ${inSentence(label)}.`, abort: true })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: `${label} must be a date written as YYYY-MM-DD.` })
    .refine((value) => isRealDate(value), { error: `${label} is not a real calendar date.` });

export const isRealDate = (iso: string): boolean => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
};

export const id = (label: string) =>
  z
    .number({ error: `${label} must be a number.` })
    .int({ error: `${label} must be a whole number.` })
    .positive();

/** NIST 800-63B: at least 8 characters, no composition rules, long passphrases allowed. */
export const newPassword = z
  .string({ error: 'The password must be text.' })
  .min(8, { error: 'Use at least 8 characters for the password; a short phrase is easiest to remember.' })
  .max(256, { error: 'The password is too long: keep it under 256 characters.' });

export const password = z
  .string({ error: 'The password must be text.' })
  .min(1, { error: 'Enter the password.' })
  .max(256, { error: 'The password is too long: keep it under 256 characters.' });

export const username = z
  .string({ error: 'The username must be text.' })
  .trim()
  .toLowerCase()
  .min(2, { error: 'The username needs at least 2 characters.' })
  .max(64, { error: 'Keep the username under 64 characters.' })
  .regex(/^[a-z0-9][a-z0-9._-]*$/, {
    error: 'Use only letters, digits, dots, dashes and underscores in the username, starting with a letter or digit.',
  });
