import { eq, getTableColumns, sql } from 'drizzle-orm';
import { practice } from '../schema';
import type { ChartDb } from '../store/open';

type PracticeColumns = typeof practice.$inferSelect;
/** The practice's details without its letterhead logo, which only printing and the settings page read. */
export type PracticeRow = Omit<PracticeColumns, 'letterheadLogo' | 'letterheadLogoType'>;
export type PracticeFields = Omit<PracticeColumns, 'id' | 'keyId' | 'nextMrn' | 'createdAt'>;
export interface LetterheadLogo {
  bytes: Buffer;
  mediaType: NonNullable<PracticeColumns['letterheadLogoType']>;
}

export const insertPractice = (
  db: ChartDb,
  fields: Omit<PracticeRow, 'id' | 'nextMrn' | 'temperatureUnit' | 'timeZone'>,
): void => {
  db.insert(practice)
    .values({ ...fields, id: 1 })
    .run();
};

// The logo (up to 512 KB) stays out of the row every request reads for the idle limit and the zone.
const { letterheadLogo: _logo, letterheadLogoType: _logoType, ...detailColumns } = getTableColumns(practice);

export const getPractice = (db: ChartDb): PracticeRow | undefined =>
  db.select(detailColumns).from(practice).where(eq(practice.id, 1)).get();

export const getLetterheadLogo = (db: ChartDb): LetterheadLogo | null => {
  const row = db
    .select({ bytes: practice.letterheadLogo, mediaType: practice.letterheadLogoType })
    .from(practice)
    .where(eq(practice.id, 1))
    .get();
  return row?.bytes && row.mediaType ? { bytes: row.bytes, mediaType: row.mediaType } : null;
};

export const updatePractice = (db: ChartDb, fields: Partial<PracticeFields>): void => {
  db.update(practice).set(fields).where(eq(practice.id, 1)).run();
};

/** Hands out the next MRN inside the caller's transaction, so two registrations never share one. */
export const allocateMrn = (db: ChartDb): string => {
  const row = db
    .update(practice)
    .set({ nextMrn: sql`${practice.nextMrn} + 1` })
    .where(eq(practice.id, 1))
    .returning({ allocated: sql<number>`${practice.nextMrn} - 1` })
    .get();
  if (!row) throw new Error('The practice row is missing; the store was not set up.');
  return String(row.allocated);
};
