import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { users } from './users';

/**
 * Demographics, one row per patient, the current version. Every change also writes a patient_history
 * row, so nothing typed is ever lost and the chart shows who changed what. Never deleted.
 */
export const patients = sqliteTable(
  'patients',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    mrn: text('mrn').notNull(),
    version: integer('version').notNull().default(1),
    legalGivenName: text('legal_given_name').notNull(),
    legalMiddleName: text('legal_middle_name').notNull().default(''),
    legalFamilyName: text('legal_family_name').notNull(),
    suffix: text('suffix').notNull().default(''),
    preferredName: text('preferred_name').notNull().default(''),
    birthDate: text('birth_date').notNull(),
    sex: text('sex', { enum: ['female', 'male', 'intersex', 'unknown'] }).notNull(),
    genderIdentity: text('gender_identity').notNull().default(''),
    pronouns: text('pronouns').notNull().default(''),
    addressLine1: text('address_line1').notNull().default(''),
    addressLine2: text('address_line2').notNull().default(''),
    city: text('city').notNull().default(''),
    state: text('state').notNull().default(''),
    postalCode: text('postal_code').notNull().default(''),
    country: text('country').notNull().default(''),
    mobilePhone: text('mobile_phone').notNull().default(''),
    homePhone: text('home_phone').notNull().default(''),
    workPhone: text('work_phone').notNull().default(''),
    email: text('email').notNull().default(''),
    preferredLanguage: text('preferred_language').notNull().default(''),
    emergencyName: text('emergency_name').notNull().default(''),
    emergencyRelationship: text('emergency_relationship').notNull().default(''),
    emergencyPhone: text('emergency_phone').notNull().default(''),
    /** Folded (lowercase, no accents) family + given name: the duplicate check reads it through an index. */
    nameKey: text('name_key').notNull(),
    createdAt: text('created_at').notNull(),
    createdBy: integer('created_by')
      .notNull()
      .references(() => users.id),
    updatedAt: text('updated_at').notNull(),
  },
  (table) => [
    uniqueIndex('patients_mrn').on(table.mrn),
    index('patients_birth_date').on(table.birthDate, table.nameKey),
    // The finder's order; a single letter walks it from that family initial (repositories/patients.ts).
    index('patients_name_key').on(table.nameKey, table.birthDate),
  ],
);

/** The primary policy for now (issue 2); rank leaves room for secondary and tertiary. */
export const insurancePolicies = sqliteTable(
  'insurance_policies',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    patientId: integer('patient_id')
      .notNull()
      .references(() => patients.id),
    rank: text('rank', { enum: ['primary', 'secondary'] }).notNull(),
    payerName: text('payer_name').notNull(),
    planName: text('plan_name').notNull().default(''),
    memberId: text('member_id').notNull(),
    groupNumber: text('group_number').notNull().default(''),
    subscriberName: text('subscriber_name').notNull().default(''),
    subscriberRelationship: text('subscriber_relationship', { enum: ['self', 'spouse', 'child', 'other'] }).notNull(),
    subscriberBirthDate: text('subscriber_birth_date').notNull().default(''),
    /** Retired policies stay for history; only one active policy per rank. */
    retiredAt: text('retired_at'),
  },
  (table) => [index('insurance_policies_patient').on(table.patientId, table.rank)],
);

/** One row per saved version of a patient's demographics: the visible history of the chart. */
export const patientHistory = sqliteTable(
  'patient_history',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    patientId: integer('patient_id')
      .notNull()
      .references(() => patients.id),
    version: integer('version').notNull(),
    kind: text('kind', { enum: ['registered', 'edited'] }).notNull(),
    at: text('at').notNull(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    /** The full demographics as saved (JSON), so any two versions can be compared. */
    snapshot: text('snapshot').notNull(),
    note: text('note').notNull().default(''),
  },
  (table) => [uniqueIndex('patient_history_version').on(table.patientId, table.version)],
);
