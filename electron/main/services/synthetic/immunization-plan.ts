import { findCvx } from '../chart/code-sets';
import { addDays, daysBetween } from '../scheduling/zoned-time';
import { dueDoses, refusalReasons, type VaccineKey, vaccines, visEditionFor } from './catalog/vaccines';
import type { PlannedImmunization, StaffRef } from './chart-plan';
import { addYears, ageInYearsOn, type PracticeClock } from './clock';
import type { PatientProfile } from './patient-profile';
import type { Random } from './random';
import type { Visit } from './visit-plan';

/**
 * A patient's immunization record: doses given here (at a visit, or at a nurse visit of their own,
 * with lot, expiry, site, route and VIS date), doses reported from elsewhere (the old chart, a
 * pharmacy), and the occasional refusal. Doses from before the patient joined are recorded at the
 * first visit, as a nurse copies them from the records the patient brings.
 */
export interface PlannedDose {
  vaccine: VaccineKey;
  kind: 'administered' | 'historical' | 'refused';
  date: string;
  /** Minute of the day it was given or refused; for a reported dose, when it was entered. */
  minute: number;
  /** Given at a nurse visit of its own, which the generator books on the calendar when it can. */
  nurseVisit: boolean;
  /** When it was entered: the visit it was reported at, for a dose given elsewhere. */
  entered: { date: string; minute: number } | null;
}

const flu = (vaccine: VaccineKey) => vaccine.startsWith('flu');
const lotLetters = 'ABCDEFGHJKLMNPRSTUWXYZ';

export const planDoses = (
  random: Random,
  profile: PatientProfile,
  visits: readonly Visit[],
  practice: { anchorDate: string; scale: number },
): PlannedDose[] => {
  const { anchorDate } = practice;
  if (visits.length === 0) return [];
  const first = visits[0]!;
  const inPerson = visits.filter((visit) => visit.type !== 'telephone');
  const due = dueDoses(random, {
    birthDate: profile.birthDate,
    anchorDate,
    until: profile.until,
    // Someone seldom seen is seldom offered the yearly flu shot.
    engaged: profile.engaged * Math.min(1, 0.35 + (profile.weight * practice.scale) / 2),
  });
  const doses: PlannedDose[] = [];
  for (const { vaccine, date } of due) {
    if (date < profile.joinDate) {
      // Records brought in at the first visit: the childhood series, and recent adult doses.
      const child = ageInYearsOn(profile.birthDate, date) < 19;
      const keep = flu(vaccine)
        ? date >= addYears(profile.joinDate, -1)
        : child
          ? date >= addYears(profile.joinDate, -8)
          : date >= addYears(profile.joinDate, -2);
      if (keep && date >= '2000-01-01' && date < first.date)
        doses.push({
          vaccine,
          kind: 'historical',
          date,
          minute: first.minute + 12,
          nurseVisit: false,
          entered: { date: first.date, minute: first.minute + 12 },
        });
      continue;
    }
    const spec = vaccines[vaccine];
    const roll = random.next();
    const givenHere = spec.current && roll < (flu(vaccine) || vaccine.startsWith('covid') ? 0.6 : 0.9);
    const refused = roll >= 0.96;
    if (!givenHere && !refused) {
      // Given elsewhere and reported at the next visit.
      const reportedAt = inPerson.find((visit) => visit.date > date);
      if (reportedAt)
        doses.push({
          vaccine,
          kind: 'historical',
          date,
          minute: reportedAt.minute + 12,
          nurseVisit: false,
          entered: { date: reportedAt.date, minute: reportedAt.minute + 12 },
        });
      continue;
    }
    // Given (or refused) at a visit near the due date when there is one; otherwise at a nurse visit.
    const window = flu(vaccine) ? 21 : 10;
    const atVisit = inPerson.find((visit) => Math.abs(daysBetween(date, visit.date)) <= window);
    const onDay = atVisit?.date ?? date;
    if (onDay >= anchorDate || onDay >= profile.until) continue;
    doses.push({
      vaccine,
      kind: refused ? 'refused' : 'administered',
      date: onDay,
      minute: atVisit ? atVisit.minute + 30 : 8 * 60 + 15 * random.int(0, 32),
      nurseVisit: !atVisit && !refused,
      entered: null,
    });
  }
  // One record per vaccine and day, as the immunization service allows.
  const seen = new Set<string>();
  return doses.filter((dose) => {
    const key = `${vaccines[dose.vaccine].cvx} ${dose.date}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
};

export const immunizationItems = (
  random: Random,
  profile: PatientProfile,
  doses: readonly PlannedDose[],
  context: { clock: PracticeClock; nurses: readonly { fullName: string }[] },
): PlannedImmunization[] =>
  doses.map((dose) => {
    const spec = vaccines[dose.vaccine];
    const vaccine = findCvx(spec.cvx);
    if (!vaccine) throw new Error(`CVX ${spec.cvx} is not in the vaccine list.`);
    const nurse: StaffRef = { role: 'nurse', index: random.int(0, context.nurses.length - 1) };
    const entered = dose.entered ?? { date: dose.date, minute: dose.minute };
    const base = {
      kind: dose.kind,
      cvx: vaccine.code,
      date: dose.date,
      lot: '',
      expiry: '',
      manufacturer: '',
      site: '' as const,
      route: '' as const,
      dose: '',
      administeredBy: '',
      visDate: '',
      refusalReason: '',
      comment: '',
    };
    const infant = ageInYearsOn(profile.birthDate, dose.date) < 3;
    const columns: PlannedImmunization['columns'] =
      dose.kind === 'administered'
        ? {
            ...base,
            lot: `${random.pick([...lotLetters])}${random.pick([...lotLetters])}${random.int(1000, 9999)}${random.chance(0.3) ? random.pick([...lotLetters]) : ''}`,
            expiry: addDays(dose.date, random.int(90, 540)),
            manufacturer: random.pick(spec.manufacturers),
            site: infant ? spec.site.infant : spec.site.older,
            route: spec.route,
            dose: spec.dose,
            administeredBy: context.nurses[nurse.index]!.fullName,
            visDate: visEditionFor(dose.date),
          }
        : dose.kind === 'refused'
          ? { ...base, refusalReason: random.pick(refusalReasons) }
          : {
              ...base,
              comment: random.pick([
                'Per vaccination card',
                'Per state immunization registry',
                'Given at a pharmacy',
                'Per previous records',
              ]),
            };
    return {
      columns,
      vaccineName: vaccine.name,
      created: { at: context.clock.instant(entered.date, entered.minute + 2), by: nurse },
    };
  });
