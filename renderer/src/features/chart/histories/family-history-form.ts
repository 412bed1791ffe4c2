import { zodResolver } from '@hookform/resolvers/zod';
import type { Resolver } from 'react-hook-form';
import { z } from 'zod';
import {
  type FamilyHistoryDto,
  type FamilyHistoryFields,
  type FamilyHistoryInput,
  familyHistoryInputSchema,
  type Relative,
} from '../../../../../electron/contract';

/** What the family history form holds: the age as typed, the relative empty until picked. */
export interface FamilyHistoryFormValues {
  relative: Relative | '';
  condition: string;
  code: string;
  ageAtOnset: string;
  deceased: boolean;
  comment: string;
}

export const familyHistoryFields = ['relative', 'condition', 'code', 'ageAtOnset', 'deceased', 'comment'] as const;

const formSchema = z
  .object({
    relative: z.string(),
    condition: z.string(),
    code: z.string(),
    ageAtOnset: z.string(),
    deceased: z.boolean(),
    comment: z.string(),
  })
  .transform(
    (values): FamilyHistoryInput => ({
      ...values,
      relative: values.relative as Relative,
      // Blank is "not known"; anything else must be a number, which the contract says when it is not.
      ageAtOnset: values.ageAtOnset.trim() === '' ? null : Number(values.ageAtOnset.trim()),
    }),
  )
  .pipe(familyHistoryInputSchema);

export const familyHistoryResolver = zodResolver(formSchema) as unknown as Resolver<
  FamilyHistoryFormValues,
  unknown,
  FamilyHistoryFields
>;

export const familyHistoryToForm = (entry: FamilyHistoryDto | null): FamilyHistoryFormValues =>
  entry
    ? {
        relative: entry.relative,
        condition: entry.condition,
        code: entry.code,
        ageAtOnset: entry.ageAtOnset == null ? '' : String(entry.ageAtOnset),
        deceased: entry.deceased,
        comment: entry.comment,
      }
    : { relative: '', condition: '', code: '', ageAtOnset: '', deceased: false, comment: '' };
