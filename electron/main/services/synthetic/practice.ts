import { type ChartStore, repositories, withTransaction } from '../../../../db';
import type { Actor } from '../context';
import { insertNewPatientId } from '../patients/service';
import { practiceZone } from '../scheduling/practice-zone';
import { dateInZone } from '../scheduling/zoned-time';
import { PatientCalendar } from './calendar';
import { planChart } from './chart-plan';
import { PendingRows, writeSyntheticPatient } from './chart-writer';
import { immunizationItems, planDoses } from './immunization-plan';
import { type ChartRole, patientProfile } from './patient-profile';
import { patientSource } from './patients';
import { readPracticeSetting } from './practice-setting';
import { seededRandom, streamOf } from './random';
import { futureVisits, pastVisits } from './visit-plan';

/**
 * The synthetic practice (issue 7): N patients with twenty years of charts, a year of appointments
 * behind and ahead, and a few very long charts for the benchmarks, written through the repositories
 * in batches of one IMMEDIATE transaction each. Deterministic: the same seed and anchor date give the
 * same rows (only the audit log's own timestamps and hashes record when the generator ran).
 *
 * Bump `generatorVersion` whenever the output changes: benchmark caches are keyed by it.
 */
export const generatorVersion = 3;

/** Registration notes that mark the benchmark charts, so a bench finds them in any generated store. */
export const chartMarkers: Record<ChartRole, string> = {
  regular: 'Synthetic patient',
  heavy: 'Synthetic patient: long chart for the benchmarks (1,000 encounters)',
  typical: 'Synthetic patient: typical chart for the benchmarks',
};

export interface SyntheticPracticeOptions {
  patients: number;
  seed: number;
  /** "Today" for the generated history (practice-zone date): the past ends the day before, appointments run a year on. */
  anchorDate: string;
  /** Patients with 1,000 encounters each (default 3). */
  heavyPatients?: number;
  /** Patients per transaction (default 200). */
  batchSize?: number;
  onProgress?: (done: number, total: number) => void;
}

export interface SyntheticPracticeSummary {
  anchorDate: string;
  heavyPatientIds: number[];
  typicalPatientId: number | null;
}

/** The benchmark charts of a generated store, found by their registration notes. */
export const findBenchmarkCharts = (store: ChartStore): { heavy: number[]; typical: number | null } => ({
  heavy: repositories.patients.registeredWithNote(store.db, chartMarkers.heavy),
  typical: repositories.patients.registeredWithNote(store.db, chartMarkers.typical)[0] ?? null,
});

/** Today in the practice's zone: the default anchor. */
export const practiceToday = (store: ChartStore): string => dateInZone(practiceZone(store), new Date());

/** Which patients carry the benchmark shapes: spread through the practice, by position. */
const rolesFor = (patients: number, heavy: number): Map<number, ChartRole> => {
  const roles = new Map<number, ChartRole>();
  const count = Math.min(heavy, patients);
  const step = patients / (count + 2);
  const spread = step >= 1;
  for (let k = 0; k < count; k++) roles.set(spread ? Math.floor((k + 1) * step) : k, 'heavy');
  const typical = spread ? Math.floor((count + 1) * step) : count;
  if (typical < patients) roles.set(typical, 'typical');
  return roles;
};

export const addSyntheticPractice = (
  store: ChartStore,
  options: SyntheticPracticeOptions,
): SyntheticPracticeSummary => {
  const { anchorDate, seed } = options;
  const setting = readPracticeSetting(store, { anchorDate, seed, patients: options.patients });
  const practice = { anchorDate, physicians: setting.staff.physicians.length, scale: setting.scale };
  const planContext = {
    anchorDate,
    clock: setting.clock,
    physicians: setting.staff.physicians,
    nurses: setting.staff.nurses,
    template: setting.template.sections,
  };
  // Streams of their own: the shared calendar's slot picks, and the households of registrations.
  const slots = streamOf(seed, 1);
  const source = patientSource(streamOf(seed, 2), anchorDate);
  const roles = rolesFor(options.patients, options.heavyPatients ?? 3);
  const summary: SyntheticPracticeSummary = { anchorDate, heavyPatientIds: [], typicalPatientId: null };
  const pending = new PendingRows();

  const generatePatient = (index: number): void => {
    const role = roles.get(index) ?? 'regular';
    const fields = source.next(role !== 'regular');
    const random = streamOf(seed, 16 + index);
    const profile = patientProfile(random, fields, practice, role);
    const registeredAt = setting.clock.instant(profile.joinDate, 7 * 60 + 40 + random.int(0, 15));
    const calendar = new PatientCalendar(setting, slots, random, profile, registeredAt);
    const visits = calendar.bookPast(pastVisits(random, profile, practice), role);
    const doses = planDoses(random, profile, visits, practice);
    calendar.bookNurseVisits(doses);
    calendar.bookFuture(futureVisits(random, profile, practice), role);
    const patientId = writeSyntheticPatient(
      store,
      setting.staff,
      setting.template,
      {
        fields: profile.fields,
        registeredAt,
        registrationNote: chartMarkers[role],
        plan: planChart(random, profile, visits, planContext),
        immunizations: immunizationItems(random, profile, doses, planContext),
        appointments: calendar.appointments.sort((a, b) => (a.startsAt < b.startsAt ? -1 : 1)),
      },
      pending,
    );
    if (role === 'heavy') summary.heavyPatientIds.push(patientId);
    if (role === 'typical') summary.typicalPatientId = patientId;
  };

  const batchSize = options.batchSize ?? 200;
  for (let done = 0; done < options.patients; ) {
    const size = Math.min(batchSize, options.patients - done);
    withTransaction(store, () => {
      for (let i = 0; i < size; i++) generatePatient(done + i);
      pending.flush(store);
    });
    done += size;
    options.onProgress?.(done, options.patients);
  }
  return summary;
};

/**
 * Registered patients with demographics only (no chart), each with the audit row a registration
 * writes: for tests that need many patients and nothing else. Deterministic for a seed.
 */
export const addSyntheticPatients = (
  store: ChartStore,
  actor: Actor,
  options: { count: number; seed: number; batchSize?: number; onProgress?: (done: number, total: number) => void },
): void => {
  const source = patientSource(seededRandom(options.seed), practiceToday(store));
  const batchSize = options.batchSize ?? 1000;
  for (let done = 0; done < options.count; ) {
    const size = Math.min(batchSize, options.count - done);
    withTransaction(store, () => {
      const audits: repositories.audit.AuditEntry[] = [];
      for (let i = 0; i < size; i++) {
        const patientId = insertNewPatientId(store, actor, source.next(false), chartMarkers.regular);
        audits.push({
          userId: actor.userId,
          username: actor.username,
          workstation: actor.workstation,
          action: 'patient.register',
          outcome: 'success',
          patientId,
          entity: 'patient',
          entityId: String(patientId),
        });
      }
      repositories.audit.appendAuditBatch(store.db, audits);
    });
    done += size;
    options.onProgress?.(done, options.count);
  }
};
