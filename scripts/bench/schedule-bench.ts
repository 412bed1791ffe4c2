import { eq } from 'drizzle-orm';
import { type ChartStore, repositories, schema, withTransaction } from '../../db';
import type { ChartroomApp, Connection } from '../../electron/main/bootstrap';
import { practiceZone } from '../../electron/main/services/scheduling/practice-zone';
import { addMinutes, wallClockToInstant } from '../../electron/main/services/scheduling/zoned-time';
import { routerCaller } from '../../electron/main/services/synthetic/router-caller';
import type { TimedRow } from './report';
import { summarise, timeRuns } from './stats';

/** Issue 5's busy day: 6 providers with 40 appointments each, on one fixed Monday. */
export const benchDay = { date: '2030-06-03', providers: 6, appointmentsEach: 40, minutesEach: 15 } as const;
const benchTypeName = 'Bench visit';

/**
 * Seeds the busy day into the (cached) practice once: the existing physicians and nurses plus bench
 * providers (accounts without a password: nobody signs in as them) up to six, each bookable 07:00–19:00
 * every day and offering the bench type, and 40 back-to-back appointments each. Rows go straight into
 * the tables in one transaction; the bench measures the day view's read.
 */
export const seedScheduleDay = (app: ChartroomApp): number[] => {
  const store: ChartStore = app.services.vault.store;
  const db = store.db;
  const existingType = db
    .select({ id: schema.appointmentTypes.id })
    .from(schema.appointmentTypes)
    .where(eq(schema.appointmentTypes.name, benchTypeName))
    .get();
  if (existingType) return repositories.appointments.listTypeProviderIds(db, existingType.id);

  const zone = practiceZone(store);
  const now = new Date().toISOString();
  return withTransaction(store, () => {
    const clinicians = repositories.users
      .listUsers(db)
      .filter((user) => user.active && (user.role === 'physician' || user.role === 'nurse'))
      .map((user) => user.id);
    for (let n = clinicians.length + 1; n <= benchDay.providers; n += 1) {
      const user = repositories.users.insertUser(db, {
        username: `benchprovider${n}`,
        fullName: `Dr. Bench Provider ${n}`,
        role: 'physician',
        createdAt: now,
        updatedAt: now,
      });
      clinicians.push(user.id);
    }
    const providerIds = clinicians.slice(0, benchDay.providers);
    const type = db
      .insert(schema.appointmentTypes)
      .values({
        name: benchTypeName,
        durationMinutes: benchDay.minutesEach,
        colour: 'gray',
        createdAt: now,
        updatedAt: now,
      })
      .returning()
      .get();
    const patientIds = db
      .select({ id: schema.patients.id })
      .from(schema.patients)
      .limit(benchDay.providers * benchDay.appointmentsEach)
      .all()
      .map((row) => row.id);
    if (patientIds.length === 0) throw new Error('schedule bench: the practice has no patients');
    providerIds.forEach((providerId, p) => {
      db.insert(schema.scheduleProviders)
        .values({ userId: providerId, active: true, colour: 'blue', updatedAt: now })
        .onConflictDoUpdate({ target: schema.scheduleProviders.userId, set: { active: true } })
        .run();
      for (let weekday = 1; weekday <= 7; weekday += 1) {
        db.insert(schema.scheduleHours)
          .values({ providerId, weekday, kind: 'work', start: '07:00', end: '19:00' })
          .run();
      }
      db.insert(schema.appointmentTypeProviders).values({ typeId: type.id, providerId }).run();
      for (let a = 0; a < benchDay.appointmentsEach; a += 1) {
        const minute = 7 * 60 + a * benchDay.minutesEach;
        const start = `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
        const resolved = wallClockToInstant(zone, benchDay.date, start);
        repositories.appointments.insertAppointment(db, {
          patientId: patientIds[(p * benchDay.appointmentsEach + a) % patientIds.length] ?? 0,
          providerId,
          typeId: type.id,
          startsAt: resolved.instant,
          endsAt: addMinutes(resolved.instant, benchDay.minutesEach),
          localDate: resolved.date,
          status: 'scheduled',
          createdBy: providerId,
          createdAt: now,
          updatedAt: now,
        });
      }
    });
    return providerIds;
  });
};

/** appointments.day through the router for one provider's column and for the all-provider day view. */
export const measureScheduleDay = async (
  app: ChartroomApp,
  connection: Connection,
  runs: number,
): Promise<TimedRow[]> => {
  const providerIds = seedScheduleDay(app);
  const [first] = providerIds;
  if (first === undefined) throw new Error('schedule bench: no providers were seeded');
  const call = routerCaller(app, connection, 'schedule bench');
  const day = async (input: { date: string; providerIds?: number[] }, expected: number) => {
    const count = (await call('appointments.day', input)).appointments.length;
    if (count < expected) throw new Error(`schedule bench: expected ${expected} appointments, read ${count}`);
  };
  const one = await timeRuns(runs, () => day({ date: benchDay.date, providerIds: [first] }, benchDay.appointmentsEach));
  const all = await timeRuns(runs, () => day({ date: benchDay.date }, benchDay.providers * benchDay.appointmentsEach));
  return [
    { measure: 'schedule: day view, 1 provider x 40 (router)', summary: summarise(one), budget: 'day-schedule' },
    { measure: 'schedule: day view, 6 providers x 40 (router)', summary: summarise(all), budget: 'day-schedule' },
  ];
};
