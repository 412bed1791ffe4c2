import type { CodeableConcept, Coding, Quantity } from '@medplum/fhirtypes';
import { Temporal } from 'temporal-polyfill';
import type { z } from 'zod';
import { foldForSearch } from '../../../../../db';
import { ChartroomError } from '../../../../contract/errors';
import type { BundleEntry } from './bundle';

/** Small readers shared by the resource mappings: codes, texts, dates in the practice's zone, validation. */

export const codingIn = (concept: CodeableConcept | undefined, system: string): Coding | undefined =>
  concept?.coding?.find((coding) => coding.system === system && typeof coding.code === 'string');

/** What a person reads for a concept: its text, else the first coding's display, else its code. */
export const conceptText = (concept: CodeableConcept | undefined): string =>
  concept?.text?.trim() ||
  concept?.coding?.find((coding) => coding.display)?.display?.trim() ||
  concept?.coding?.find((coding) => coding.code)?.code?.trim() ||
  '';

export const notesText = (notes: { text?: string }[] | undefined): string[] =>
  (notes ?? []).map((note) => note.text?.trim() ?? '').filter((text) => text !== '');

/**
 * A FHIR date or dateTime as the practice's calendar date. A dateTime with an offset is read as that
 * instant in the practice's zone (a visit at 23:30 in Chicago is that day there, not the next UTC day);
 * a partial date ("1998", "1998-04") gives null: the caller decides whether to refuse or keep it in words.
 */
export const localDate = (value: string | undefined, zone: string): string | null => {
  const local = localDateTime(value, zone);
  return local ? local.slice(0, 10) : null;
};

/** "YYYY-MM-DDTHH:MM" in the practice's zone, or just "YYYY-MM-DD" for a date with no time. */
export const localDateTime = (value: string | undefined, zone: string): string | null => {
  if (!value) return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) return null;
  try {
    if (/(Z|[+-]\d{2}:\d{2})$/.test(value))
      return Temporal.Instant.from(value).toZonedDateTimeISO(zone).toPlainDateTime().toString().slice(0, 16);
    return Temporal.PlainDateTime.from(value).toString().slice(0, 16);
  } catch {
    return null;
  }
};

/** A number in the quantity's unit, or null. */
export const quantityValue = (quantity: Quantity | undefined): number | null =>
  typeof quantity?.value === 'number' && Number.isFinite(quantity.value) ? quantity.value : null;

/** How a resource is named in messages: its type and its address in the file. */
export const nameOf = (entry: BundleEntry): string => `${entry.resource.resourceType} ${entry.fullUrl}`;

/**
 * Checks a mapped resource against the same schema the chart's own forms use; a resource that breaks
 * those rules stops the whole import with its address and the reason, so nothing lands half-checked.
 */
export const validated = <S extends z.ZodType>(schema: S, input: z.input<S>, entry: BundleEntry): z.output<S> => {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = issue && issue.path.length > 0 ? ` (${issue.path.join('.')})` : '';
  throw new ChartroomError(
    'BAD_REQUEST',
    `${nameOf(entry)} cannot be imported${where}: ${issue?.message ?? 'it breaks the chart rules.'} Nothing was imported; correct it in the sending system or leave it out of the file.`,
  );
};

/** A value from a closed list by its code or words ("Left deltoid", "left-deltoid", "LEFT DELTOID"). */
export const pickFromList = <T extends string>(
  words: string,
  options: readonly T[],
  labels: Partial<Record<T, string>> = {},
): T | '' => {
  const fold = (value: string) => foldForSearch(value).replaceAll(' ', '');
  const wanted = fold(words);
  if (wanted === '') return '';
  return options.find((option) => fold(option) === wanted || fold(labels[option] ?? '') === wanted) ?? '';
};
