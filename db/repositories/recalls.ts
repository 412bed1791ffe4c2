import { and, asc, count, eq, lt, lte } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { appointments, patients, recalls, users } from '../schema';
import type { ChartDb } from '../store/open';

export type RecallRow = typeof recalls.$inferSelect;
export type NewRecall = Omit<typeof recalls.$inferInsert, 'id' | 'version'>;
export type RecallStatus = RecallRow['status'];

export const insertRecall = (db: ChartDb, values: NewRecall): RecallRow =>
  db.insert(recalls).values(values).returning().get();

export const getRecall = (db: ChartDb, recallId: number): RecallRow | undefined =>
  db.select().from(recalls).where(eq(recalls.id, recallId)).get();

/** Changes the status only when the row is still at the version the user saw; undefined otherwise. */
export const updateRecallStatus = (
  db: ChartDb,
  recallId: number,
  expectedVersion: number,
  status: RecallStatus,
  updatedAt: string,
): RecallRow | undefined =>
  db
    .update(recalls)
    .set({ status, updatedAt, version: expectedVersion + 1 })
    .where(and(eq(recalls.id, recallId), eq(recalls.version, expectedVersion)))
    .returning()
    .get();

/** The patient an appointment belongs to, to refuse a recall whose source visit is someone else's. */
export const appointmentPatientId = (db: ChartDb, appointmentId: number): number | undefined =>
  db.select({ patientId: appointments.patientId }).from(appointments).where(eq(appointments.id, appointmentId)).get()
    ?.patientId;

const provider = alias(users, 'recall_provider');
const creator = alias(users, 'recall_creator');

const recallView = {
  recall: recalls,
  patientFamilyName: patients.legalFamilyName,
  patientGivenName: patients.legalGivenName,
  patientMrn: patients.mrn,
  patientBirthDate: patients.birthDate,
  mobilePhone: patients.mobilePhone,
  homePhone: patients.homePhone,
  workPhone: patients.workPhone,
  providerName: provider.fullName,
  createdBy: creator.fullName,
};

const viewQuery = (db: ChartDb) =>
  db
    .select(recallView)
    .from(recalls)
    .innerJoin(patients, eq(patients.id, recalls.patientId))
    .innerJoin(creator, eq(creator.id, recalls.createdBy))
    .leftJoin(provider, eq(provider.id, recalls.providerId));

export type RecallViewRow = Awaited<ReturnType<ReturnType<typeof viewQuery>['all']>>[number];

/** One recall with its patient's name and phones, its provider and who set it. */
export const getRecallView = (db: ChartDb, recallId: number): RecallViewRow | undefined =>
  viewQuery(db).where(eq(recalls.id, recallId)).get();

export interface OpenRecallFilter {
  /** Due strictly before this day ('overdue'), or on or before it. */
  dueBefore?: string;
  dueOnOrBefore?: string;
  providerId?: number;
  limit: number;
}

const openRecallConditions = (filter: OpenRecallFilter) =>
  and(
    eq(recalls.status, 'open'),
    filter.dueBefore === undefined ? undefined : lt(recalls.dueDate, filter.dueBefore),
    filter.dueOnOrBefore === undefined ? undefined : lte(recalls.dueDate, filter.dueOnOrBefore),
    filter.providerId === undefined ? undefined : eq(recalls.providerId, filter.providerId),
  );

/** Open recalls, most overdue first; served by the (status, due_date) index. */
export const listOpenRecalls = (db: ChartDb, filter: OpenRecallFilter): RecallViewRow[] =>
  viewQuery(db)
    .where(openRecallConditions(filter))
    .orderBy(asc(recalls.dueDate), asc(patients.legalFamilyName), asc(patients.legalGivenName), asc(recalls.id))
    .limit(filter.limit)
    .all();

export const countOpenRecalls = (db: ChartDb, filter: OpenRecallFilter): number =>
  db.select({ n: count() }).from(recalls).where(openRecallConditions(filter)).get()?.n ?? 0;
