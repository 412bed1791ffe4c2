import { and, eq } from 'drizzle-orm';
import { type ChartStore, schema, withTransaction } from '../../db';
import type { OutputOf } from '../../electron/contract';
import type { ChartroomApp, Connection } from '../../electron/main/bootstrap';
import { hashNote } from '../../electron/main/services/chart/note-hash';
import type { TimedRow } from './report';
import { summarise, timeRuns } from './stats';

/** How big a chart is: the heavy one is issue 4's "patient with 1,000 encounters". */
export interface ChartSize {
  familyName: string;
  encounters: number;
  vitals: number;
  labPanels: number;
  medications: number;
  problems: number;
}

export const typicalChart: ChartSize = {
  familyName: 'Benchtypical',
  encounters: 12,
  vitals: 12,
  labPanels: 6,
  medications: 5,
  problems: 4,
};
export const heavyChart: ChartSize = {
  familyName: 'Benchheavy',
  encounters: 1000,
  vitals: 400,
  labPanels: 250,
  medications: 40,
  problems: 30,
};

const day = 86_400_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const analytes = [
  ['Sodium', 'mmol/L', 135, 145],
  ['Potassium', 'mmol/L', 3.5, 5.1],
  ['Glucose', 'mg/dL', 70, 99],
  ['Creatinine', 'mg/dL', 0.6, 1.3],
  ['ALT', 'U/L', 7, 56],
] as const;

/**
 * Seeds one bench chart of the given size into the (cached) practice, once: a second run finds the
 * patient and reuses it. Rows go straight into the tables in one transaction; the bench measures
 * reads, and the generator of issue 7 is the place for realistic writes through every service.
 */
export const seedChart = async (app: ChartroomApp, connection: Connection, size: ChartSize): Promise<number> => {
  const store: ChartStore = app.services.vault.store;
  const existing = store.db
    .select({ id: schema.patients.id })
    .from(schema.patients)
    .where(eq(schema.patients.legalFamilyName, size.familyName))
    .get();
  if (existing) return existing.id;
  const registered = await app.call(connection, 'patients.register', {
    patient: {
      legalGivenName: 'Chart',
      legalFamilyName: size.familyName,
      birthDate: '1951-07-14',
      sex: 'female',
      address: { line1: '1 Bench Row', city: 'Springfield', state: 'IL', postalCode: '62701' },
      mobilePhone: '(217) 555-0100',
      emergencyContact: {},
      insurance: null,
    },
    duplicateOverride: { reason: 'bench chart' },
  });
  const outcome = registered.ok ? (registered.value as OutputOf<'patients.register'>) : null;
  if (outcome?.status !== 'registered') throw new Error('bench chart: registration failed');
  const patientId = outcome.patient.id;
  const physician = store.db
    .select({ id: schema.users.id })
    .from(schema.users)
    .where(and(eq(schema.users.role, 'physician'), eq(schema.users.active, true)))
    .get();
  if (!physician) throw new Error('bench chart: the practice has no physician');
  const now = Date.now();
  const stamp = new Date(now).toISOString();
  const bookkeeping = { patientId, createdAt: stamp, updatedAt: stamp };
  withTransaction(store, () => {
    for (let i = 0; i < size.problems; i++) {
      store.db
        .insert(schema.problems)
        .values({
          ...bookkeeping,
          code: `Z${String(i).padStart(2, '0')}.9`,
          description: `Bench problem ${i}`,
          clinicalStatus: i % 4 === 0 ? 'resolved' : 'active',
        })
        .run();
    }
    for (let i = 0; i < size.medications; i++) {
      store.db
        .insert(schema.medications)
        .values({
          ...bookkeeping,
          name: `Benchmed ${i}`,
          rxcui: String(1000 + i),
          doseAmount: 1,
          doseUnit: 'tablet',
          frequency: 'daily',
          status: i % 3 === 0 ? 'stopped' : 'active',
        })
        .run();
    }
    for (let i = 0; i < size.vitals; i++) {
      store.db
        .insert(schema.vitals)
        .values({
          ...bookkeeping,
          takenAt: new Date(now - i * 14 * day).toISOString(),
          systolic: 118 + (i % 30),
          diastolic: 72 + (i % 15),
          heartRate: 64 + (i % 20),
          temperatureC: 36.6,
          spo2: 97,
          weightKg: 70 + (i % 9),
        })
        .run();
    }
    for (let i = 0; i < size.labPanels; i++) {
      const collectedAt = new Date(now - i * 30 * day).toISOString();
      const panel = store.db
        .insert(schema.labPanels)
        .values({ ...bookkeeping, name: 'Basic metabolic panel', collectedAt, source: 'manual' })
        .returning({ id: schema.labPanels.id })
        .get();
      analytes.forEach(([analyte, unit, low, high], position) => {
        const value = position === 2 && i % 5 === 0 ? high * 1.4 : (low + high) / 2;
        store.db
          .insert(schema.labObservations)
          .values({
            panelId: panel.id,
            panelVersion: 1,
            patientId,
            position,
            analyte,
            value: value.toFixed(1),
            numericValue: value,
            unit,
            referenceLow: low,
            referenceHigh: high,
            flag: value > high ? 'H' : '',
            observedAt: collectedAt,
          })
          .run();
      });
    }
    for (let i = 0; i < size.encounters; i++) {
      const date = isoDay(now - i * 7 * day);
      const encounter = store.db
        .insert(schema.encounters)
        .values({ ...bookkeeping, date, providerId: physician.id, type: 'office visit', reason: `Follow-up ${i}` })
        .returning({ id: schema.encounters.id })
        .get();
      const sections = JSON.stringify([
        { title: 'Subjective', text: `Visit ${i}: feeling well, no new complaints. `.repeat(8) },
        { title: 'Objective', text: 'BP 124/78, HR 70. Exam unremarkable. '.repeat(6) },
        { title: 'Assessment', text: 'Stable chronic conditions.' },
        { title: 'Plan', text: 'Continue current medications. Return in 3 months.' },
      ]);
      // Inserted as a draft and then signed, as the service does (the triggers allow nothing else).
      const sectionList = JSON.parse(sections) as { title: string; text: string }[];
      const note = store.db
        .insert(schema.notes)
        .values({
          encounterId: encounter.id,
          patientId,
          templateName: 'SOAP',
          sections,
          status: 'draft',
          authorId: physician.id,
          createdAt: stamp,
          updatedAt: stamp,
        })
        .returning({ id: schema.notes.id })
        .get();
      const signedAt = `${date}T17:00:00.000Z`;
      const contentHash = hashNote({
        noteId: note.id,
        patientId,
        encounterId: encounter.id,
        sections: sectionList,
        signedBy: physician.id,
        signedAt,
      });
      store.db
        .update(schema.notes)
        .set({ status: 'signed', signedBy: physician.id, signedAt, contentHash })
        .where(eq(schema.notes.id, note.id))
        .run();
    }
  });
  return patientId;
};

/** Chart open as the renderer does it: the patient (banner), then the face sheet. */
export const measureChartOpen = async (
  app: ChartroomApp,
  connection: Connection,
  runs: number,
): Promise<TimedRow[]> => {
  const rows: TimedRow[] = [];
  for (const size of [typicalChart, heavyChart]) {
    const patientId = await seedChart(app, connection, size);
    const samples = await timeRuns(runs, async () => {
      const patient = await app.call(connection, 'patients.get', { patientId });
      const sheet = await app.call(connection, 'chart.faceSheet', { patientId });
      if (!patient.ok || !sheet.ok) throw new Error('bench chart: open failed');
    });
    rows.push({
      measure: `chart open: face sheet, ${size.encounters.toLocaleString('en-US')} encounters (router)`,
      summary: summarise(samples),
      budgetMs: 300,
    });
  }
  return rows;
};
