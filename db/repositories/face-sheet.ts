import { and, asc, count, desc, eq, gt, inArray } from 'drizzle-orm';
import {
  appointments,
  appointmentTypes,
  encounters,
  labObservations,
  labPanels,
  medications,
  notes,
  problems,
  users,
  vitals,
} from '../schema';
import type { ChartDb } from '../store/open';
import { chartNotesNewestFirst } from './notes';

/**
 * The face sheet's reads: each one bounded (LIMIT) and served by an index on patient_id, so a chart
 * with twenty years of visits opens as fast as a new one (ARCHITECTURE.md section 9: chart open).
 */
export const activeProblems = (db: ChartDb, patientId: number) =>
  db
    .select({ id: problems.id, code: problems.code, description: problems.description, onset: problems.onset })
    .from(problems)
    .where(and(eq(problems.patientId, patientId), eq(problems.retired, false), eq(problems.clinicalStatus, 'active')))
    .orderBy(problems.description)
    .all();

export const currentMedications = (db: ChartDb, patientId: number) =>
  db
    .select()
    .from(medications)
    .where(
      and(
        eq(medications.patientId, patientId),
        eq(medications.retired, false),
        inArray(medications.status, ['active', 'on-hold']),
      ),
    )
    .orderBy(medications.name)
    .all();

export const recentVitals = (db: ChartDb, patientId: number, limit: number) =>
  db
    .select()
    .from(vitals)
    .where(and(eq(vitals.patientId, patientId), eq(vitals.retired, false)))
    .orderBy(desc(vitals.takenAt))
    .limit(limit)
    .all();

export const recentLabPanels = (db: ChartDb, patientId: number, limit: number) =>
  db
    .select()
    .from(labPanels)
    .where(and(eq(labPanels.patientId, patientId), eq(labPanels.retired, false)))
    .orderBy(desc(labPanels.collectedAt))
    .limit(limit)
    .all();

/** The results of each panel's current version. */
export const observationsOf = (db: ChartDb, panels: { id: number; version: number }[]) =>
  panels.length === 0
    ? []
    : db
        .select()
        .from(labObservations)
        .where(
          inArray(
            labObservations.panelId,
            panels.map((p) => p.id),
          ),
        )
        .all()
        .filter((o) => panels.some((p) => p.id === o.panelId && p.version === o.panelVersion));

export const lastNotes = (db: ChartDb, patientId: number, limit: number) =>
  chartNotesNewestFirst(
    db,
    patientId,
    {
      id: notes.id,
      encounterId: notes.encounterId,
      date: encounters.date,
      encounterType: encounters.type,
      author: users.fullName,
      status: notes.status,
      templateName: notes.templateName,
      sections: notes.sections,
    },
    { limit },
  );

export const encounterCount = (db: ChartDb, patientId: number): number =>
  db
    .select({ n: count() })
    .from(encounters)
    .where(and(eq(encounters.patientId, patientId), eq(encounters.retired, false)))
    .get()?.n ?? 0;

/**
 * The patient's next visit: the earliest appointment not yet over that is still on (not cancelled,
 * not a no-show, not checked out). Served by the appointments_patient index.
 */
export const nextAppointment = (db: ChartDb, patientId: number, nowIso: string) =>
  db
    .select({
      id: appointments.id,
      startsAt: appointments.startsAt,
      status: appointments.status,
      providerName: users.fullName,
      typeName: appointmentTypes.name,
    })
    .from(appointments)
    .innerJoin(users, eq(users.id, appointments.providerId))
    .innerJoin(appointmentTypes, eq(appointmentTypes.id, appointments.typeId))
    .where(
      and(
        eq(appointments.patientId, patientId),
        gt(appointments.endsAt, nowIso),
        inArray(appointments.status, ['scheduled', 'arrived', 'roomed', 'with-provider']),
      ),
    )
    .orderBy(asc(appointments.startsAt))
    .limit(1)
    .get();
