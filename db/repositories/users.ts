import { and, asc, count, eq } from 'drizzle-orm';
import { users } from '../schema';
import type { ChartDb } from '../store/open';

export type UserRow = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;

export const insertUser = (db: ChartDb, user: NewUser): UserRow => db.insert(users).values(user).returning().get();

export const getUser = (db: ChartDb, id: number): UserRow | undefined =>
  db.select().from(users).where(eq(users.id, id)).get();

export const getUserByUsername = (db: ChartDb, username: string): UserRow | undefined =>
  db.select().from(users).where(eq(users.username, username.toLowerCase())).get();

export const listUsers = (db: ChartDb): UserRow[] => db.select().from(users).orderBy(asc(users.fullName)).all();

export const updateUser = (
  db: ChartDb,
  id: number,
  fields: Partial<Omit<UserRow, 'id' | 'username' | 'createdAt'>>,
): UserRow => {
  const row = db.update(users).set(fields).where(eq(users.id, id)).returning().get();
  if (!row) throw new Error(`User ${id} vanished during an update.`);
  return row;
};

export const countActiveOfficeManagers = (db: ChartDb): number =>
  db
    .select({ n: count() })
    .from(users)
    .where(and(eq(users.role, 'office_manager'), eq(users.active, true)))
    .get()?.n ?? 0;
