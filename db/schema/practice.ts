import { blob, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** The one practice this store belongs to (id is always 1); keyId ties the database to its keyring. */
export const practice = sqliteTable('practice', {
  id: integer('id').primaryKey(),
  keyId: text('key_id').notNull(),
  name: text('name').notNull(),
  addressLine1: text('address_line1').notNull().default(''),
  addressLine2: text('address_line2').notNull().default(''),
  city: text('city').notNull().default(''),
  state: text('state').notNull().default(''),
  postalCode: text('postal_code').notNull().default(''),
  phone: text('phone').notNull().default(''),
  fax: text('fax').notNull().default(''),
  /** How temperatures are shown and typed; stored in °C whatever this says. */
  temperatureUnit: text('temperature_unit', { enum: ['F', 'C'] })
    .notNull()
    .default('F'),
  /** IANA zone the schedule's wall-clock times are in; empty until set (the computer's zone is used). */
  timeZone: text('time_zone').notNull().default(''),
  /** The letterhead logo (PNG or JPEG bytes, at most 512 KiB), printed on every document; null when none. */
  letterheadLogo: blob('letterhead_logo', { mode: 'buffer' }),
  letterheadLogoType: text('letterhead_logo_type', { enum: ['image/png', 'image/jpeg'] }),
  idleLockMinutes: integer('idle_lock_minutes').notNull().default(10),
  nextMrn: integer('next_mrn').notNull().default(100001),
  createdAt: text('created_at').notNull(),
});
