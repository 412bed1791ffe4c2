import { z } from 'zod';
import { id, newPassword, optionalText, password, requiredText, username } from './fields';
import { permissions, roles } from './roles';

export const practiceInputSchema = z.strictObject({
  name: requiredText('Practice name', 200),
  addressLine1: optionalText('Address line 1', 200),
  addressLine2: optionalText('Address line 2', 200),
  city: optionalText('City', 100),
  state: optionalText('State', 50),
  postalCode: optionalText('ZIP code', 20),
  phone: optionalText('Phone', 40),
  fax: optionalText('Fax', 40),
});

export const practiceSettingsSchema = z.strictObject({
  idleLockMinutes: z
    .number({ error: 'The idle lock must be a number of minutes.' })
    .int({ error: 'Use whole minutes for the idle lock.' })
    .min(1, { error: 'The idle lock must be at least 1 minute.' })
    .max(60, { error: 'The idle lock can be at most 60 minutes; HIPAA expects a short automatic logoff.' }),
  /** How temperatures are typed and shown everywhere; stored in °C whatever this says. */
  temperatureUnit: z.enum(['F', 'C'], { error: 'Pick how temperatures are shown: °F or °C.' }),
  /**
   * The IANA zone the schedule's times are in ('' = this computer's zone). Optional so older callers
   * keep working; stored in its canonical spelling (us/central → America/Chicago).
   */
  timeZone: z
    .string({ error: 'The time zone must be text.' })
    .trim()
    .max(64, { error: 'Pick a time zone from the list.' })
    .refine((zone) => zone === '' || canonicalTimeZone(zone) !== null, {
      error: 'That time zone is not known. Pick one from the list, e.g. America/Chicago.',
    })
    .transform((zone) => (zone === '' ? '' : (canonicalTimeZone(zone) ?? zone)))
    .optional()
    .default(''),
});

/** The zone's canonical IANA name, or null when this computer's time-zone data does not know it. */
export const canonicalTimeZone = (zone: string): string | null => {
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
};

export const practiceSchema = z.object({
  ...practiceInputSchema.shape,
  ...practiceSettingsSchema.shape,
});
export type PracticeDto = z.output<typeof practiceSchema>;

export const setupStatusSchema = z.object({
  state: z.enum(['needs-setup', 'ready', 'unavailable']),
  practiceName: z.string(),
  /** When the store cannot be opened at all: what is wrong and what to do, in plain words. */
  problem: z.object({ code: z.string(), message: z.string() }).nullable(),
});

export const setupInputSchema = z.strictObject({
  practice: practiceInputSchema,
  admin: z.strictObject({ username, fullName: requiredText('Full name', 200), password: newPassword }),
});
export const setupOutputSchema = z.object({
  /** The practice recovery key, shown once: groups of 5 characters, the last of each a check character. */
  recoveryKey: z.string(),
  groups: z.array(z.string()),
});

export const roleSchema = z.enum(roles, { error: 'Pick one of the roles.' });

export const sessionSchema = z.object({
  user: z.object({ id: z.number(), username: z.string(), fullName: z.string(), role: roleSchema }),
  permissions: z.array(z.enum(Object.keys(permissions) as [keyof typeof permissions])),
  practiceName: z.string(),
  idleLockMinutes: z.number(),
  temperatureUnit: z.enum(['F', 'C']),
  mustChangePassword: z.boolean(),
  locked: z.boolean(),
});
export type SessionDto = z.output<typeof sessionSchema>;

export const loginInputSchema = z.strictObject({ username: z.string().trim().toLowerCase().max(64), password });
export const unlockInputSchema = z.strictObject({ password });
export const changePasswordInputSchema = z.strictObject({ currentPassword: password, newPassword });
export const recoverInputSchema = z.strictObject({
  recoveryKey: z.string().max(200),
  username,
  newPassword,
});

export const userSchema = z.object({
  id: z.number(),
  username: z.string(),
  fullName: z.string(),
  role: roleSchema,
  active: z.boolean(),
  mustChangePassword: z.boolean(),
  createdAt: z.string(),
  lastLoginAt: z.string().nullable(),
});
export type UserDto = z.output<typeof userSchema>;

export const createUserInputSchema = z.strictObject({
  username,
  fullName: requiredText('Full name', 200),
  role: roleSchema,
  /** A temporary password; the user must change it at first login. */
  password: newPassword,
});
export const updateUserInputSchema = z.strictObject({
  userId: id('User'),
  fullName: requiredText('Full name', 200),
  role: roleSchema,
});
export const setUserActiveInputSchema = z.strictObject({ userId: id('User'), active: z.boolean() });
export const resetPasswordInputSchema = z.strictObject({ userId: id('User'), newPassword });
