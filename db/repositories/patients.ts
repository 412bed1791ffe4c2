import { and, asc, desc, eq, isNull } from 'drizzle-orm';
import type { PatientFields } from '../../electron/contract/patients';
import { insurancePolicies, patientHistory, patients } from '../schema';
import type { ChartDb } from '../store/open';
import { prepared } from './bulk-insert';
import { foldForSearch, phoneSearchTokens } from './search-keys';

export type PatientRow = typeof patients.$inferSelect;
export type PatientRecord = PatientFields & {
  id: number;
  mrn: string;
  version: number;
  createdAt: string;
  updatedAt: string;
};

const toColumns = (fields: PatientFields) => ({
  legalGivenName: fields.legalGivenName,
  legalMiddleName: fields.legalMiddleName,
  legalFamilyName: fields.legalFamilyName,
  suffix: fields.suffix,
  preferredName: fields.preferredName,
  birthDate: fields.birthDate,
  sex: fields.sex,
  genderIdentity: fields.genderIdentity,
  pronouns: fields.pronouns,
  addressLine1: fields.address.line1,
  addressLine2: fields.address.line2,
  city: fields.address.city,
  state: fields.address.state,
  postalCode: fields.address.postalCode,
  country: fields.address.country,
  mobilePhone: fields.mobilePhone,
  homePhone: fields.homePhone,
  workPhone: fields.workPhone,
  email: fields.email,
  preferredLanguage: fields.preferredLanguage,
  emergencyName: fields.emergencyContact.name,
  emergencyRelationship: fields.emergencyContact.relationship,
  emergencyPhone: fields.emergencyContact.phone,
  nameKey: nameKey(fields.legalFamilyName, fields.legalGivenName),
});

/**
 * Folded family and given name, joined by a tab: the tab sorts before every letter and space, so
 * ordering by this key lists Smith, John before Smith-Jones and Smithers (alphabetical by family name).
 */
export const nameKeySeparator = '\t';
export const nameKey = (family: string, given: string): string =>
  `${foldForSearch(family)}${nameKeySeparator}${foldForSearch(given)}`;

type InsuranceRow = typeof insurancePolicies.$inferSelect;

const toRecord = (row: PatientRow, insurance: InsuranceRow | undefined): PatientRecord => ({
  id: row.id,
  mrn: row.mrn,
  version: row.version,
  createdAt: row.createdAt,
  updatedAt: row.updatedAt,
  legalGivenName: row.legalGivenName,
  legalMiddleName: row.legalMiddleName,
  legalFamilyName: row.legalFamilyName,
  suffix: row.suffix,
  preferredName: row.preferredName,
  birthDate: row.birthDate,
  sex: row.sex,
  genderIdentity: row.genderIdentity,
  pronouns: row.pronouns,
  address: {
    line1: row.addressLine1,
    line2: row.addressLine2,
    city: row.city,
    state: row.state,
    postalCode: row.postalCode,
    country: row.country,
  },
  mobilePhone: row.mobilePhone,
  homePhone: row.homePhone,
  workPhone: row.workPhone,
  email: row.email,
  preferredLanguage: row.preferredLanguage,
  emergencyContact: { name: row.emergencyName, relationship: row.emergencyRelationship, phone: row.emergencyPhone },
  insurance: insurance
    ? {
        payerName: insurance.payerName,
        planName: insurance.planName,
        memberId: insurance.memberId,
        groupNumber: insurance.groupNumber,
        subscriberName: insurance.subscriberName,
        subscriberRelationship: insurance.subscriberRelationship,
        subscriberBirthDate: insurance.subscriberBirthDate,
      }
    : null,
});

const activePrimaryPolicy = (db: ChartDb, patientId: number): InsuranceRow | undefined =>
  db
    .select()
    .from(insurancePolicies)
    .where(
      and(
        eq(insurancePolicies.patientId, patientId),
        eq(insurancePolicies.rank, 'primary'),
        isNull(insurancePolicies.retiredAt),
      ),
    )
    .get();

export const getPatient = (db: ChartDb, id: number): PatientRecord | undefined => {
  const row = db.select().from(patients).where(eq(patients.id, id)).get();
  return row ? toRecord(row, activePrimaryPolicy(db, id)) : undefined;
};

/** The search index row for one patient: every name the staff might type, and phone digit tokens. */
const insertSearchRow = (db: ChartDb, id: number, fields: PatientFields): void => {
  const names = [fields.legalGivenName, fields.legalMiddleName, fields.legalFamilyName, fields.preferredName]
    .map(foldForSearch)
    .join(' ');
  const phones = [fields.mobilePhone, fields.homePhone, fields.workPhone].flatMap(phoneSearchTokens).join(' ');
  prepared(db, 'INSERT INTO patient_search (rowid, names, phones) VALUES (?, ?, ?)').run(id, names, phones);
};

const replaceSearchRow = (db: ChartDb, id: number, fields: PatientFields): void => {
  prepared(db, 'DELETE FROM patient_search WHERE rowid = ?').run(id);
  insertSearchRow(db, id, fields);
};

const writePrimaryPolicy = (
  db: ChartDb,
  patientId: number,
  insurance: PatientFields['insurance'],
  now: string,
): void => {
  const current = activePrimaryPolicy(db, patientId);
  const same =
    current &&
    insurance &&
    current.payerName === insurance.payerName &&
    current.planName === insurance.planName &&
    current.memberId === insurance.memberId &&
    current.groupNumber === insurance.groupNumber &&
    current.subscriberName === insurance.subscriberName &&
    current.subscriberRelationship === insurance.subscriberRelationship &&
    current.subscriberBirthDate === insurance.subscriberBirthDate;
  if (same || (!current && !insurance)) return;
  // A changed policy retires the old one rather than overwriting it: coverage history is kept.
  if (current) db.update(insurancePolicies).set({ retiredAt: now }).where(eq(insurancePolicies.id, current.id)).run();
  if (insurance)
    db.insert(insurancePolicies)
      .values({ ...insurance, patientId, rank: 'primary' })
      .run();
};

/**
 * A new patient's rows (demographics, primary policy, search keys, first history version); returns
 * only the id, for writers of many patients that need nothing read back.
 */
export const insertPatientRow = (
  db: ChartDb,
  input: { mrn: string; fields: PatientFields; userId: number; now: string; note: string },
): number => {
  const { id } = db
    .insert(patients)
    .values({
      ...toColumns(input.fields),
      mrn: input.mrn,
      createdAt: input.now,
      createdBy: input.userId,
      updatedAt: input.now,
    })
    .returning({ id: patients.id })
    .get();
  // A new patient has no policy to retire and no search row to replace.
  if (input.fields.insurance)
    db.insert(insurancePolicies)
      .values({ ...input.fields.insurance, patientId: id, rank: 'primary' })
      .run();
  insertSearchRow(db, id, input.fields);
  db.insert(patientHistory)
    .values({
      patientId: id,
      version: 1,
      kind: 'registered',
      at: input.now,
      userId: input.userId,
      snapshot: JSON.stringify(input.fields),
      note: input.note,
    })
    .run();
  return id;
};

/** Saves a new version; returns undefined when the stored version is not the one the user edited. */
export const updatePatient = (
  db: ChartDb,
  input: { id: number; expectedVersion: number; fields: PatientFields; userId: number; now: string },
): PatientRecord | undefined => {
  const version = input.expectedVersion + 1;
  const updated = db
    .update(patients)
    .set({ ...toColumns(input.fields), version, updatedAt: input.now })
    .where(and(eq(patients.id, input.id), eq(patients.version, input.expectedVersion)))
    .returning({ id: patients.id })
    .get();
  if (!updated) return undefined;
  writePrimaryPolicy(db, input.id, input.fields.insurance, input.now);
  replaceSearchRow(db, input.id, input.fields);
  db.insert(patientHistory)
    .values({
      patientId: input.id,
      version,
      kind: 'edited',
      at: input.now,
      userId: input.userId,
      snapshot: JSON.stringify(input.fields),
      note: '',
    })
    .run();
  return getPatient(db, input.id);
};

export type HistoryRow = typeof patientHistory.$inferSelect & { username: string };

export const listPatientHistory = (db: ChartDb, patientId: number): (typeof patientHistory.$inferSelect)[] =>
  db
    .select()
    .from(patientHistory)
    .where(eq(patientHistory.patientId, patientId))
    .orderBy(desc(patientHistory.version))
    .all();

/** Patients whose registration carries this note (the synthetic practice marks its benchmark charts so), by id. */
export const registeredWithNote = (db: ChartDb, note: string): number[] =>
  db
    .select({ patientId: patientHistory.patientId })
    .from(patientHistory)
    .where(and(eq(patientHistory.kind, 'registered'), eq(patientHistory.note, note)))
    .orderBy(asc(patientHistory.patientId))
    .all()
    .map((row) => row.patientId);

export interface PatientSummaryRow {
  id: number;
  mrn: string;
  legalGivenName: string;
  legalFamilyName: string;
  preferredName: string;
  birthDate: string;
  sex: PatientRow['sex'];
  phone: string;
}

const summaryColumns = {
  id: patients.id,
  mrn: patients.mrn,
  legalGivenName: patients.legalGivenName,
  legalFamilyName: patients.legalFamilyName,
  preferredName: patients.preferredName,
  birthDate: patients.birthDate,
  sex: patients.sex,
  mobilePhone: patients.mobilePhone,
  homePhone: patients.homePhone,
  workPhone: patients.workPhone,
};

const toSummary = (
  row: { mobilePhone: string; homePhone: string; workPhone: string } & Omit<PatientSummaryRow, 'phone'>,
) => {
  const { mobilePhone, homePhone, workPhone, ...rest } = row;
  return { ...rest, phone: mobilePhone || homePhone || workPhone };
};

/** Same date of birth and the same folded family name or given name: candidates for a duplicate warning. */
export const findPossibleDuplicates = (
  db: ChartDb,
  birthDate: string,
  family: string,
  given: string,
): PatientSummaryRow[] => {
  const familyKey = foldForSearch(family);
  const givenKey = foldForSearch(given);
  return db
    .select({ ...summaryColumns, nameKey: patients.nameKey })
    .from(patients)
    .where(eq(patients.birthDate, birthDate))
    .orderBy(asc(patients.legalFamilyName), asc(patients.legalGivenName))
    .all()
    .filter((row) => {
      const [rowFamily = '', rowGiven = ''] = row.nameKey.split(nameKeySeparator);
      return similarName(rowFamily, familyKey) || (similarName(rowGiven, givenKey) && rowFamily[0] === familyKey[0]);
    })
    .map(({ nameKey: _, ...row }) => toSummary(row));
};

/** Equal, one a prefix of the other (Jon/Jonathan), or one edit apart (Smith/Smyth). */
const similarName = (a: string, b: string): boolean => {
  if (a === b || (a.length >= 3 && b.startsWith(a)) || (b.length >= 3 && a.startsWith(b))) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let edits = 0;
  for (let i = 0, j = 0; i < a.length || j < b.length; ) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else {
      i++;
      j++;
    }
  }
  return true;
};

export interface SearchCriteria {
  nameTokens: string[];
  /** Family names starting with this (folded), through the name index. */
  familyPrefix?: string | null | undefined;
  digitTokens: string[];
  birthDate: string | null;
  limit: number;
}

/**
 * One query for every search kind: FTS5 prefix match on folded names (any order), a family-name
 * prefix, digit tokens on MRN prefix or phone, and an exact date of birth through its index. All
 * given criteria must hold.
 */
export const searchPatients = (db: ChartDb, criteria: SearchCriteria): PatientSummaryRow[] => {
  const where: string[] = [];
  const params: unknown[] = [];
  if (criteria.familyPrefix) {
    // A walk of the name index from the prefix: one letter through FTS would match a third of a
    // large practice's names.
    where.push('p.name_key >= ? AND p.name_key < ?');
    params.push(criteria.familyPrefix, `${criteria.familyPrefix}\uffff`);
  }
  const ftsTerms = criteria.nameTokens.map((token) => `names:"${token}"*`);
  for (const digits of criteria.digitTokens) {
    where.push(
      `(p.mrn = ? OR (p.mrn > ? AND p.mrn < ?) OR p.id IN (SELECT rowid FROM patient_search WHERE patient_search MATCH ?))`,
    );
    params.push(digits, digits, `${digits}:`, `phones:"${digits}"*`);
  }
  if (ftsTerms.length > 0) {
    where.push('p.id IN (SELECT rowid FROM patient_search WHERE patient_search MATCH ?)');
    params.push(ftsTerms.join(' AND '));
  }
  if (criteria.birthDate) {
    where.push('p.birth_date = ?');
    params.push(criteria.birthDate);
  }
  if (where.length === 0) return [];
  const rows = prepared(
    db,
    `SELECT p.id, p.mrn, p.legal_given_name AS legalGivenName, p.legal_family_name AS legalFamilyName,
              p.preferred_name AS preferredName, p.birth_date AS birthDate, p.sex,
              p.mobile_phone AS mobilePhone, p.home_phone AS homePhone, p.work_phone AS workPhone
         FROM patients p
        WHERE ${where.join(' AND ')}
        ORDER BY p.name_key, p.birth_date
        LIMIT ?`,
  ).all(...params, criteria.limit) as Parameters<typeof toSummary>[0][];
  return rows.map(toSummary);
};
