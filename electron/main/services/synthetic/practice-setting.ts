import { type ChartStore, repositories } from '../../../../db';
import type { NoteSection } from '../../../contract/notes';
import { parseSections } from '../chart/note-templates';
import { practiceZone } from '../scheduling/practice-zone';
import { addDays, daysBetween } from '../scheduling/zoned-time';
import type { StaffMember, SyntheticStaff } from './chart-writer';
import { PracticeClock } from './clock';
import { patientProfile } from './patient-profile';
import { patientSource } from './patients';
import { streamOf } from './random';
import { appointmentTypeSpecs } from './schedule-setup';
import { SlotBook } from './slot-book';

/**
 * What the generator takes from the practice it fills: the staff (by role, as users), the schedule
 * the office manager set up (calendars, appointment types, rooms), the default note template, and
 * the clock of the generated history around its anchor date.
 */
export interface PracticeSetting {
  anchorDate: string;
  /** The first instant of the anchor date: everything in the history happened before it. */
  anchorInstant: string;
  /** The calendar window: a year behind the anchor and a year ahead. */
  windowStart: string;
  windowEnd: string;
  clock: PracticeClock;
  staff: SyntheticStaff;
  book: SlotBook;
  types: ReadonlyMap<string, repositories.scheduleSetup.AppointmentTypeRow>;
  rooms: ReadonlyMap<string, repositories.scheduleSetup.RoomRow>;
  template: { id: number; name: string; sections: NoteSection[] };
  /** Visits a year per unit of a profile's weight (visitScale). */
  scale: number;
}

const workstations = { physician: 'exam-room', nurse: 'nurse-station', frontDesk: 'front-desk' } as const;

const staffOf = (store: ChartStore): SyntheticStaff => {
  const users = repositories.users
    .listUsers(store.db)
    .filter((user) => user.active)
    .sort((a, b) => a.id - b.id);
  const member = (user: (typeof users)[number], workstation: string): StaffMember => ({
    userId: user.id,
    username: user.username,
    role: user.role,
    workstation,
    fullName: user.fullName,
  });
  const physicians = users.filter((u) => u.role === 'physician').map((u) => member(u, workstations.physician));
  const nurses = users.filter((u) => u.role === 'nurse').map((u) => member(u, workstations.nurse));
  const desk = users.find((u) => u.role === 'front_desk') ?? users.find((u) => u.role === 'office_manager');
  if (physicians.length === 0 || nurses.length === 0 || !desk)
    throw new Error('A synthetic practice needs at least one physician, one nurse and a front desk or office manager.');
  return { physicians, nurses, frontDesk: member(desk, workstations.frontDesk) };
};

const defaultTemplate = (store: ChartStore): PracticeSetting['template'] => {
  const templates = repositories.notes.listTemplates(store.db).filter((template) => template.active);
  const template = templates.find((t) => t.isDefault) ?? templates[0];
  if (!template) throw new Error('The practice has no note template to write synthetic notes with.');
  return { id: template.id, name: template.name, sections: parseSections(template.sections) };
};

/**
 * Visits a year per unit of profile weight: at most two and a half a year for the average patient,
 * and no more than the physicians' open hours over the last year take at about 80% full (a large
 * panel on few doctors sees each patient less often, as in life). Measured on a sample of profiles
 * drawn the same way as the practice's own, from streams of their own.
 */
const visitScale = (seed: number, anchorDate: string, patients: number, physicians: number, openMinutes: number) => {
  const random = streamOf(seed, 3);
  const source = patientSource(streamOf(seed, 4), anchorDate);
  const windowStart = addDays(anchorDate, -365);
  const sample = Math.min(2000, Math.max(200, patients));
  let weight = 0;
  let lastYearWeight = 0;
  for (let i = 0; i < sample; i++) {
    const profile = patientProfile(random, source.next(false), { anchorDate, physicians }, 'regular');
    weight += profile.weight;
    const from = profile.joinDate > windowStart ? profile.joinDate : windowStart;
    lastYearWeight += (profile.weight * Math.max(0, daysBetween(from, profile.until))) / 365;
  }
  const capacityVisits = openMinutes / 24;
  return Math.min(2.5 / (weight / sample), (capacityVisits * 0.8) / Math.max(1, (patients * lastYearWeight) / sample));
};

export const readPracticeSetting = (
  store: ChartStore,
  options: { anchorDate: string; seed: number; patients: number },
): PracticeSetting => {
  const db = store.db;
  const { anchorDate } = options;
  const staff = staffOf(store);
  const clock = new PracticeClock(practiceZone(store));
  const windowStart = addDays(anchorDate, -365);
  const windowEnd = addDays(anchorDate, 365);
  const hours = repositories.scheduleSetup.listHours(db);
  const daysOff = repositories.scheduleSetup.listDaysOff(db);
  const book = new SlotBook(
    [...staff.physicians, ...staff.nurses].map((member) => ({
      providerId: member.userId,
      hours: hours.filter((block) => block.providerId === member.userId),
      daysOff: daysOff.filter((day) => day.providerId === member.userId),
    })),
    windowStart,
    windowEnd,
  );
  const types = new Map(repositories.scheduleSetup.listTypes(db).map((type) => [type.name, type]));
  for (const spec of appointmentTypeSpecs)
    if (!types.get(spec.name)?.active)
      throw new Error(`The synthetic practice books "${spec.name}" appointments: set that type up first.`);
  const rooms = new Map(repositories.scheduleSetup.listRooms(db).map((room) => [room.name, room]));
  if (rooms.size === 0) throw new Error('The synthetic practice needs rooms set up for the patient-flow board.');
  const openMinutes = staff.physicians.reduce((sum, p) => sum + book.openMinutes(p.userId, windowStart, anchorDate), 0);
  return {
    anchorDate,
    anchorInstant: clock.instant(anchorDate, 0),
    windowStart,
    windowEnd,
    clock,
    staff,
    book,
    types,
    rooms,
    template: defaultTemplate(store),
    scale: visitScale(options.seed, anchorDate, options.patients, staff.physicians.length, openMinutes),
  };
};
