import { z } from 'zod';
import { type PracticeDto, practiceInputSchema, practiceSettingsSchema } from '../../../../electron/contract';

/** The practice's name, address and numbers as a form holds them (all text, empty when unknown). */
export type PracticeDetailsValues = z.input<typeof practiceInputSchema>;
/** The same, checked and trimmed by the contract's schema. */
export type PracticeDetails = z.output<typeof practiceInputSchema>;

export const practiceDetailsFields = [
  'name',
  'addressLine1',
  'addressLine2',
  'city',
  'state',
  'postalCode',
  'phone',
  'fax',
] as const satisfies readonly (keyof PracticeDetailsValues)[];

export const emptyPracticeDetails: Required<PracticeDetailsValues> = {
  name: '',
  addressLine1: '',
  addressLine2: '',
  city: '',
  state: '',
  postalCode: '',
  phone: '',
  fax: '',
};

export const practiceSettingsFormSchema = z.strictObject({
  ...practiceInputSchema.shape,
  ...practiceSettingsSchema.shape,
});

export const practiceSettingsFields = [
  ...practiceDetailsFields,
  'idleLockMinutes',
  'temperatureUnit',
  'timeZone',
] as const;

export const practiceToForm = (practice: PracticeDto): z.input<typeof practiceSettingsFormSchema> => ({
  name: practice.name,
  addressLine1: practice.addressLine1,
  addressLine2: practice.addressLine2,
  city: practice.city,
  state: practice.state,
  postalCode: practice.postalCode,
  phone: practice.phone,
  fax: practice.fax,
  idleLockMinutes: practice.idleLockMinutes,
  temperatureUnit: practice.temperatureUnit,
  timeZone: practice.timeZone,
});
