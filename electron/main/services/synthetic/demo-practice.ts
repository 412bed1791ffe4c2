import { repositories } from '../../../../db';
import type { Role } from '../../../contract/roles';
import type { ChartroomApp } from '../../bootstrap';
import { addSyntheticPractice, practiceToday, type SyntheticPracticeSummary } from './practice';
import { routerCaller } from './router-caller';
import {
  appointmentTypeSpecs,
  daysOffFor,
  examRoomName,
  nurseRoomName,
  nurseWeek,
  physicianWeek,
  procedureRoomName,
} from './schedule-setup';

export interface DemoStaffMember {
  username: string;
  fullName: string;
  role: Role;
  password: string;
}

/** The demo practice's staff; passwords are printed because this is synthetic data for trying Chartroom. */
export const demoStaff: readonly DemoStaffMember[] = [
  { username: 'manager', fullName: 'Olivia Bennett', role: 'office_manager', password: 'harbor-lantern-42' },
  { username: 'druiz', fullName: 'Dr. Ana Ruiz', role: 'physician', password: 'maple-orbit-17' },
  { username: 'nkim', fullName: 'Nora Kim', role: 'nurse', password: 'copper-meadow-58' },
  { username: 'sporter', fullName: 'Sam Porter', role: 'front_desk', password: 'quiet-river-23' },
];

/** Clinicians a larger demo practice adds, in this order, as its panel grows. */
const moreClinicians: readonly DemoStaffMember[] = [
  { username: 'sokafor', fullName: 'Dr. Samuel Okafor', role: 'physician', password: 'cedar-signal-31' },
  { username: 'glee', fullName: 'Grace Lee', role: 'nurse', password: 'amber-harbor-64' },
  { username: 'mchen', fullName: 'Dr. Mei Chen', role: 'physician', password: 'willow-beacon-85' },
  { username: 'rnunez', fullName: 'Dr. Rafael Núñez', role: 'physician', password: 'granite-echo-29' },
  { username: 'therrera', fullName: 'Tomás Herrera', role: 'nurse', password: 'silver-tide-47' },
  { username: 'hschroder', fullName: 'Dr. Hannah Schröder', role: 'physician', password: 'linen-compass-53' },
  { username: 'loconnor', fullName: "Dr. Liam O'Connor", role: 'physician', password: 'meadow-lantern-76' },
  { username: 'ahaddad', fullName: 'Aisha Haddad', role: 'nurse', password: 'copper-summit-18' },
  { username: 'ppatel', fullName: 'Dr. Priya Patel', role: 'physician', password: 'harbor-fern-92' },
  { username: 'jmdubois', fullName: 'Dr. Jean-Marc Dubois', role: 'physician', password: 'orchard-spark-65' },
];

/**
 * The staff a practice of this size has: about one physician per 2,500 patients (at most eight) and
 * a nurse for every two physicians; the four demo accounts always.
 */
const demoStaffFor = (patients: number): DemoStaffMember[] => {
  const physicians = Math.min(8, Math.max(1, Math.round(patients / 2500)));
  const nurses = Math.ceil(physicians / 2);
  const count = (role: Role, list: readonly DemoStaffMember[]) => list.filter((s) => s.role === role).length;
  const staff = [...demoStaff];
  for (const clinician of moreClinicians) {
    const wanted = clinician.role === 'physician' ? physicians : nurses;
    if (count(clinician.role, staff) < wanted) staff.push(clinician);
  }
  return staff;
};

export const demoPractice = {
  name: 'Riverside Family Practice (demo)',
  addressLine1: '12 Harbor Road',
  addressLine2: '',
  city: 'Springfield',
  state: 'IL',
  postalCode: '62701',
  phone: '(217) 555-0100',
  fax: '(217) 555-0101',
};

/** Springfield, IL: the demo's schedule is in this zone whatever the computer's is, so every machine generates the same practice. */
const demoTimeZone = 'America/Chicago';

export interface DemoPracticeOptions {
  patients: number;
  seed: number;
  /** "Today" of the generated history; the practice's today when absent. */
  anchorDate?: string;
  heavyPatients?: number;
  onProgress?: (done: number, total: number) => void;
}

/**
 * Sets up the demo practice in an empty folder through the same procedures as the wizard, the users
 * screen, practice settings and schedule setup, then adds the synthetic patients. Used by
 * `npm run cli -- demo` and by the benchmarks.
 */
export const createDemoPractice = async (
  app: ChartroomApp,
  options: DemoPracticeOptions,
): Promise<{ recoveryKey: string; staff: DemoStaffMember[]; practice: SyntheticPracticeSummary }> => {
  const connection = app.openConnection('cli', 'demo-setup');
  const call = routerCaller(app, connection, 'demo practice');
  try {
    const staff = demoStaffFor(options.patients);
    const [manager, ...others] = staff;
    if (!manager) throw new Error('The demo needs an office manager.');
    const setup = await call('setup.initialise', {
      practice: demoPractice,
      admin: { username: manager.username, fullName: manager.fullName, password: manager.password },
    });
    await call('auth.login', { username: manager.username, password: manager.password });
    const settings = await call('practice.get', {});
    await call('practice.update', {
      ...demoPractice,
      idleLockMinutes: settings.idleLockMinutes,
      temperatureUnit: 'F',
      timeZone: demoTimeZone,
    });
    const store = app.services.vault.store;
    const ids = new Map<string, number>();
    for (const member of others) {
      const user = await call('users.create', member);
      ids.set(member.username, user.id);
      // Demo accounts skip the first-login password change so a newcomer can sign straight in.
      repositories.users.updateUser(store.db, user.id, { mustChangePassword: false });
    }
    const anchorDate = options.anchorDate ?? practiceToday(store);
    await setUpSchedule(call, staff, ids, anchorDate);
    const practice = addSyntheticPractice(store, {
      patients: options.patients,
      seed: options.seed,
      anchorDate,
      ...(options.heavyPatients === undefined ? {} : { heavyPatients: options.heavyPatients }),
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    });
    return { recoveryKey: setup.recoveryKey, staff, practice };
  } finally {
    app.closeConnection(connection);
  }
};

/** Hours, days off, rooms and appointment types, saved as the office manager would on schedule setup. */
const setUpSchedule = async (
  call: ReturnType<typeof routerCaller>,
  staff: readonly DemoStaffMember[],
  ids: ReadonlyMap<string, number>,
  anchorDate: string,
): Promise<void> => {
  const colours = ['blue', 'teal', 'grape', 'orange', 'indigo', 'lime', 'pink', 'cyan', 'red', 'violet'] as const;
  const physicians = staff.filter((s) => s.role === 'physician').map((s) => ids.get(s.username)!);
  const nurses = staff.filter((s) => s.role === 'nurse').map((s) => ids.get(s.username)!);
  const providers = [
    ...physicians.map((id, index) => ({ id, hours: physicianWeek(index) })),
    ...nurses.map((id) => ({ id, hours: nurseWeek() })),
  ];
  for (const [index, provider] of providers.entries()) {
    await call('schedule.saveProvider', {
      providerId: provider.id,
      expectedVersion: 0,
      active: true,
      colour: colours[index % colours.length],
      hours: provider.hours,
    });
    for (const dayOff of daysOffFor(index, anchorDate))
      await call('schedule.addDayOff', { providerId: provider.id, ...dayOff });
  }
  const rooms = [
    ...physicians.flatMap((_, index) => [examRoomName(index, false), examRoomName(index, true)]),
    procedureRoomName,
    nurseRoomName,
  ];
  for (const name of rooms)
    await call('schedule.saveRoom', { roomId: null, expectedVersion: null, name, active: true });
  for (const type of appointmentTypeSpecs)
    await call('schedule.saveType', {
      typeId: null,
      expectedVersion: null,
      name: type.name,
      durationMinutes: type.durationMinutes,
      colour: type.colour,
      providerIds: type.offeredBy === 'physicians' ? physicians : nurses,
      active: true,
    });
};
