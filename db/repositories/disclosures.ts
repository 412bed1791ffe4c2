import { asc, eq } from 'drizzle-orm';
import { disclosures, users } from '../schema';
import type { ChartDb } from '../store/open';

export type DisclosureRow = typeof disclosures.$inferSelect;
export type NewDisclosure = Omit<typeof disclosures.$inferInsert, 'id'>;

export const insertDisclosure = (db: ChartDb, values: NewDisclosure): DisclosureRow =>
  db.insert(disclosures).values(values).returning().get();

const withWhoReleased = (db: ChartDb) =>
  db
    .select({ disclosure: disclosures, username: users.username, userFullName: users.fullName })
    .from(disclosures)
    .innerJoin(users, eq(users.id, disclosures.userId));

/** A patient's disclosures, oldest first, as an accounting of disclosures lists them, with who released each. */
export const disclosuresForPatient = (db: ChartDb, patientId: number) =>
  withWhoReleased(db)
    .where(eq(disclosures.patientId, patientId))
    .orderBy(asc(disclosures.at), asc(disclosures.id))
    .all();
export type DisclosureView = ReturnType<typeof disclosuresForPatient>[number];

export const disclosureById = (db: ChartDb, id: number): DisclosureView | undefined =>
  withWhoReleased(db).where(eq(disclosures.id, id)).get();
