import { asc, count, eq } from 'drizzle-orm';
import { disclosures, users } from '../schema';
import type { ChartDb } from '../store/open';

export type DisclosureRow = typeof disclosures.$inferSelect;
export type NewDisclosure = Omit<typeof disclosures.$inferInsert, 'id'>;

export const insertDisclosure = (db: ChartDb, values: NewDisclosure): DisclosureRow =>
  db.insert(disclosures).values(values).returning().get();

/** A patient's disclosures, oldest first, as an accounting of disclosures lists them, with who released each. */
export const disclosuresForPatient = (db: ChartDb, patientId: number) =>
  db
    .select({ disclosure: disclosures, username: users.username, userFullName: users.fullName })
    .from(disclosures)
    .innerJoin(users, eq(users.id, disclosures.userId))
    .where(eq(disclosures.patientId, patientId))
    .orderBy(asc(disclosures.at), asc(disclosures.id))
    .all();
export type DisclosureView = ReturnType<typeof disclosuresForPatient>[number];

export const countDisclosures = (db: ChartDb, patientId: number): number =>
  db.select({ n: count() }).from(disclosures).where(eq(disclosures.patientId, patientId)).get()?.n ?? 0;
