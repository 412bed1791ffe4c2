import { and, asc, desc, eq, isNull } from 'drizzle-orm';
import { allergies, allergyReviews, medications, problems, vitals } from '../schema';
import type { ChartDb } from '../store/open';

/**
 * The current chart as a note's smart inserts need it, read straight from the tables so a note can
 * be started whatever state the other chart services are in. Retired rows are never included.
 */
export type LatestVitalsRow = typeof vitals.$inferSelect;

export const latestVitals = (db: ChartDb, patientId: number): LatestVitalsRow | undefined =>
  db
    .select()
    .from(vitals)
    .where(and(eq(vitals.patientId, patientId), eq(vitals.retired, false)))
    .orderBy(desc(vitals.takenAt), desc(vitals.id))
    .limit(1)
    .get();

export const activeMedications = (db: ChartDb, patientId: number) =>
  db
    .select({
      name: medications.name,
      strength: medications.strength,
      doseAmount: medications.doseAmount,
      doseUnit: medications.doseUnit,
      route: medications.route,
      frequency: medications.frequency,
      sig: medications.sig,
    })
    .from(medications)
    .where(and(eq(medications.patientId, patientId), eq(medications.retired, false), eq(medications.status, 'active')))
    .orderBy(asc(medications.name))
    .all();

export const activeAllergies = (db: ChartDb, patientId: number) =>
  db
    .select({ substance: allergies.substance, reaction: allergies.reaction, severity: allergies.severity })
    .from(allergies)
    .where(and(eq(allergies.patientId, patientId), eq(allergies.status, 'active')))
    .orderBy(asc(allergies.substance))
    .all();

/** True when "no known allergies" is the statement in force. */
export const noKnownAllergies = (db: ChartDb, patientId: number): boolean =>
  db
    .select({ id: allergyReviews.id })
    .from(allergyReviews)
    .where(and(eq(allergyReviews.patientId, patientId), isNull(allergyReviews.endedAt)))
    .get() !== undefined;

export const activeProblems = (db: ChartDb, patientId: number) =>
  db
    .select({ code: problems.code, description: problems.description, onset: problems.onset })
    .from(problems)
    .where(and(eq(problems.patientId, patientId), eq(problems.retired, false), eq(problems.clinicalStatus, 'active')))
    .orderBy(asc(problems.description))
    .all();
