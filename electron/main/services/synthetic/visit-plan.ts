import type { EncounterType } from '../../../contract/encounters';
import { addDays, daysBetween, isoWeekday } from '../scheduling/zoned-time';
import { type AcuteSpec, acuteConditions, type ChronicSpec } from './catalog/conditions';
import { ageOn } from './clock';
import { chartShapes, type PatientProfile } from './patient-profile';
import type { Random } from './random';
import type { AppointmentTypeName } from './schedule-setup';

/**
 * When a patient comes in and why: a rate set by their profile over the years they belong to the
 * practice, a new-patient visit first, then physicals, follow-ups of their conditions, sick visits,
 * the odd procedure and telephone calls. Visits in the last year are booked on the calendar by the
 * generator (which may move them a few days to find a free slot); the next year's are wishes for
 * appointments.
 */
export interface Visit {
  date: string;
  /** Minute of the day it starts (practice zone). */
  minute: number;
  durationMinutes: number;
  type: EncounterType;
  physician: number;
  reason: ChronicSpec | AcuteSpec | null;
  procedure: string | null;
  /** The encounter's reason and the appointment's, as the front desk writes it. */
  purpose: string;
  /** The calendar type it is booked as; null for a telephone call. */
  appointmentType: AppointmentTypeName | null;
}

const procedures = [
  'Skin tag removal',
  'Ingrown toenail removal',
  'Knee joint injection',
  'Wart cryotherapy',
  'Ear wax removal',
  'Skin biopsy',
];

const officeReasons = [
  'Medication review',
  'Blood pressure check',
  'Fatigue',
  'Dizziness',
  'Form completion',
  'Weight check',
];
const telephoneReasons = ['Telephone: lab results', 'Telephone: medication question', 'Telephone: refill request'];

const purposeOf = (visit: Omit<Visit, 'purpose'>, age: number, random: Random): string => {
  if (visit.appointmentType === 'New patient') return 'New patient visit';
  if (visit.procedure) return visit.procedure;
  switch (visit.type) {
    case 'annual-physical':
      return age < 18 ? 'Well-child visit' : 'Annual physical';
    case 'telephone':
      return visit.reason ? `Telephone: ${visit.reason.complaint.toLowerCase()}` : random.pick(telephoneReasons);
    case 'office-visit':
      return random.pick(
        age < 18 ? [...officeReasons.slice(2), 'Sports physical'] : [...officeReasons, 'Pre-operative evaluation'],
      );
    default:
      return visit.reason?.complaint ?? 'Office visit';
  }
};

const durations: Record<AppointmentTypeName, number> = {
  'New patient': 45,
  'Annual physical': 30,
  'Office visit': 30,
  'Follow-up': 15,
  'Sick visit': 15,
  Procedure: 30,
  'Nurse visit': 15,
};

const appointmentTypeOf = (type: EncounterType, first: boolean): AppointmentTypeName | null => {
  if (first) return 'New patient';
  switch (type) {
    case 'annual-physical':
      return 'Annual physical';
    case 'follow-up':
      return 'Follow-up';
    case 'acute':
      return 'Sick visit';
    case 'procedure':
      return 'Procedure';
    case 'telephone':
      return null;
    default:
      return 'Office visit';
  }
};

const durationOf = (type: AppointmentTypeName | null): number => (type ? durations[type] : 10);

/** A clinic-hours start on a 15-minute boundary, 08:00 to 16:15. */
const clinicMinute = (random: Random) => 8 * 60 + 15 * random.int(0, 33);

/** The same day, or the nearest weekday inside [from, until). */
const onWeekday = (date: string, from: string, until: string): string => {
  const weekday = isoWeekday(date);
  if (weekday <= 5) return date;
  const later = addDays(date, weekday === 6 ? 2 : 1);
  const earlier = addDays(date, weekday === 6 ? -1 : -2);
  return later < until ? later : earlier >= from ? earlier : date;
};

const acuteFor = (random: Random, age: number, sex: PatientProfile['sex']): AcuteSpec =>
  random.weighted(acuteConditions.map((spec) => [spec, spec.weight(age, sex)] as const));

const visitAt = (
  random: Random,
  profile: PatientProfile,
  date: string,
  first: boolean,
  physicians: number,
  allowTelephone: boolean,
): Visit => {
  const age = ageOn(profile.birthDate, date);
  const known = profile.conditions.filter((condition) => condition.onset <= date).map((condition) => condition.spec);
  const type: EncounterType = first
    ? 'office-visit'
    : random.weighted<EncounterType>([
        ['annual-physical', age < 18 ? 35 : known.length > 0 ? 13 : 28],
        ['follow-up', known.length > 0 ? 45 : 0],
        ['acute', age < 18 ? 45 : known.length > 0 ? 22 : 42],
        ['telephone', allowTelephone ? 8 : 0],
        ['office-visit', 8],
        ['procedure', age < 12 ? 0 : 3],
      ]);
  const reason =
    type === 'follow-up'
      ? random.pick(known)
      : type === 'acute'
        ? acuteFor(random, age, profile.sex)
        : type === 'telephone' && known.length > 0
          ? random.pick(known)
          : null;
  const appointmentType = appointmentTypeOf(type, first);
  const visit = {
    date,
    minute: clinicMinute(random),
    durationMinutes: durationOf(appointmentType),
    type,
    // Mostly their own doctor; now and then whoever had room.
    physician: random.chance(0.85) || physicians < 2 ? profile.physician : random.int(0, physicians - 1),
    reason,
    procedure: type === 'procedure' ? random.pick(procedures) : null,
    appointmentType,
  };
  return { ...visit, purpose: purposeOf(visit, age, random) };
};

/**
 * The visits a patient makes between joining and leaving (or the anchor), oldest first. `scale` is
 * visits a year per unit of profile weight, set by the generator so the calendar fills realistically.
 */
export const pastVisits = (
  random: Random,
  profile: PatientProfile,
  practice: { anchorDate: string; physicians: number; scale: number },
): Visit[] => {
  const span = daysBetween(profile.joinDate, profile.until);
  if (span <= 0) return [];
  const shape = profile.role === 'regular' ? null : chartShapes[profile.role];
  const expected = random.poisson((profile.weight * practice.scale * span) / 365.25);
  // Most people register when they first come in; a few register and never do.
  const count = shape ? shape.encounters : expected > 0 ? expected : random.chance(0.9) ? 1 : 0;
  if (count === 0) return [];
  const first = addDays(profile.joinDate, random.int(0, Math.min(30, span - 1)));
  const dates = [first];
  for (let i = 1; i < count; i++) dates.push(addDays(profile.joinDate, random.int(0, span - 1)));
  dates.sort();
  const visits = dates.map((date, index) =>
    visitAt(
      random,
      profile,
      onWeekday(date, profile.joinDate, profile.until),
      index === 0,
      practice.physicians,
      profile.role !== 'typical',
    ),
  );
  // A shape's problem count includes acute problems: make sure there are enough sick visits for them.
  const sickNeeded = shape ? shape.problems - profile.conditions.length : 0;
  let sick = visits.filter((v) => v.type === 'acute').length;
  while (sick < Math.min(sickNeeded, visits.length - 1)) {
    const index = random.int(1, visits.length - 1);
    const visit = visits[index]!;
    if (visit.type === 'acute') continue;
    sick += 1;
    const reason = acuteFor(random, ageOn(profile.birthDate, visit.date), profile.sex);
    visits[index] = {
      ...visit,
      type: 'acute',
      reason,
      procedure: null,
      purpose: reason.complaint,
      appointmentType: 'Sick visit',
      durationMinutes: durationOf('Sick visit'),
    };
  }
  return visits;
};

/**
 * Appointments a current patient already has booked in the coming year: a year of visits at their
 * usual rate, each already on the calendar with a chance that falls off with distance (next week is
 * nearly all booked, physicals months ahead are), as a real calendar looks. Sick visits only in the
 * next few days.
 */
export const futureVisits = (
  random: Random,
  profile: PatientProfile,
  practice: { anchorDate: string; physicians: number; scale: number },
): Visit[] => {
  if (profile.until !== practice.anchorDate) return [];
  const count = random.poisson(profile.weight * practice.scale);
  const visits: Visit[] = [];
  for (let i = 0; i < count; i++) {
    const ahead = random.int(0, 364);
    if (!random.chance(0.9 * Math.exp(-ahead / 30) + 0.08)) continue;
    const visit = visitAt(random, profile, addDays(practice.anchorDate, ahead), false, practice.physicians, false);
    if (visit.appointmentType && (visit.type !== 'acute' || ahead <= 3)) visits.push(visit);
  }
  return visits.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
};
