import type { PatientFields } from '../../../contract/patients';
import { addDays } from '../scheduling/zoned-time';
import { ageOn } from './clock';
import { cities, familyNames, femaleGivenNames, languages, maleGivenNames, payers, streets } from './names';
import type { Random } from './random';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** A birth date for an age in whole years on the anchor date. */
const birthDateAged = (random: Random, anchorDate: string, age: number): string => {
  const latest = addDays(anchorDate, -1);
  const born = addDays(anchorDate, -Math.round(age * 365.25) - random.int(0, 364));
  return born > latest ? latest : born;
};

/** An age spread like a family practice's panel: children, working adults, many older patients. */
const panelAge = (random: Random): number => {
  const band = random.next();
  return band < 0.18 ? random.int(0, 17) : band < 0.65 ? random.int(18, 64) : random.int(65, 98);
};

const phone = (random: Random, areaCode: string) =>
  `(${areaCode}) ${random.int(200, 999)}-${pad(random.int(0, 9999), 4)}`;

const emailOf = (random: Random, given: string, family: string) =>
  `${given}.${family}${random.int(1, 99)}@example.com`
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^\x20-\x7e]/g, '')
    .replace(/['\s]/g, '');

/** The people at one address: they share a surname, the address and the home phone. */
interface Household {
  familyName: string;
  head: { name: string; birthDate: string; sex: 'female' | 'male' };
  address: PatientFields['address'];
  areaCode: string;
  homePhone: string;
  insurance: PatientFields['insurance'];
  members: number;
}

/**
 * Synthetic registrations, one after another. About a third of patients join the household of the
 * one before (a spouse or a child: the same surname, address and home phone), so shared surnames and
 * families are as common as in a real panel, with accents, apostrophes and hyphens on purpose: those
 * are what break patient search in other EMRs.
 */
export const patientSource = (random: Random, anchorDate: string) => {
  let household: Household | null = null;

  const insuranceFor = (subscriber: Household['head'] | null): PatientFields['insurance'] =>
    random.chance(0.9)
      ? {
          payerName: random.pick(payers),
          planName: random.pick(['PPO', 'HMO', 'EPO', '']),
          memberId: `${String.fromCharCode(65 + random.int(0, 25))}${random.int(10_000_000, 99_999_999)}`,
          groupNumber: String(random.int(1000, 99999)),
          subscriberName: subscriber?.name ?? '',
          subscriberRelationship: 'self',
          subscriberBirthDate: subscriber?.birthDate ?? '',
        }
      : null;

  const startHousehold = (): PatientFields => {
    const female = random.chance(0.52);
    const sex = female ? 'female' : 'male';
    const given = random.pick(female ? femaleGivenNames : maleGivenNames);
    const family = random.pick(familyNames);
    const [city, state, zip] = random.pick(cities);
    const areaCode = String(random.int(201, 989));
    const birthDate = birthDateAged(random, anchorDate, panelAge(random));
    const address = {
      line1: `${random.int(1, 9999)} ${random.pick(streets)}`,
      line2: random.chance(0.08) ? `Apt ${random.int(1, 40)}` : '',
      city,
      state,
      postalCode: `${zip}${pad(random.int(0, 99))}`,
      country: 'US',
    };
    const homePhone = random.chance(0.3) ? phone(random, areaCode) : '';
    const insurance = insuranceFor(null);
    household = {
      familyName: family,
      head: { name: `${given} ${family}`, birthDate, sex },
      address,
      areaCode,
      homePhone,
      insurance,
      members: 1,
    };
    return {
      legalGivenName: given,
      legalMiddleName: random.chance(0.4) ? random.pick(female ? femaleGivenNames : maleGivenNames) : '',
      legalFamilyName: family,
      suffix: !female && random.chance(0.03) ? 'Jr.' : '',
      preferredName: random.chance(0.1) ? given.slice(0, 3) : '',
      birthDate,
      sex: random.chance(0.005) ? 'unknown' : sex,
      genderIdentity: '',
      pronouns: '',
      address,
      mobilePhone: random.chance(0.85) ? phone(random, areaCode) : '',
      homePhone,
      workPhone: random.chance(0.1) ? phone(random, areaCode) : '',
      email: random.chance(0.5) ? emailOf(random, given, family) : '',
      preferredLanguage: random.pick(languages),
      emergencyContact: random.chance(0.7)
        ? {
            name: `${random.pick(female ? maleGivenNames : femaleGivenNames)} ${family}`,
            relationship: random.pick(['Spouse', 'Parent', 'Child', 'Sibling', 'Friend']),
            phone: phone(random, areaCode),
          }
        : { name: '', relationship: '', phone: '' },
      insurance,
    };
  };

  /** A spouse near the head's age, or a child young enough to be theirs. */
  const joinHousehold = (home: Household): PatientFields => {
    const headAge = ageOn(home.head.birthDate, anchorDate);
    const asChild = home.members > 1 || headAge >= 40 || random.chance(0.5);
    const childAge = random.int(0, Math.min(17, headAge - 18));
    const age = asChild ? childAge : Math.max(18, headAge + random.int(-6, 6));
    const female = asChild ? random.chance(0.49) : home.head.sex === 'male';
    const given = random.pick(female ? femaleGivenNames : maleGivenNames);
    home.members += 1;
    const adult = age >= 18;
    return {
      legalGivenName: given,
      legalMiddleName: random.chance(0.4) ? random.pick(female ? femaleGivenNames : maleGivenNames) : '',
      legalFamilyName: home.familyName,
      suffix: '',
      preferredName: random.chance(0.08) ? given.slice(0, 3) : '',
      birthDate: birthDateAged(random, anchorDate, age),
      sex: female ? 'female' : 'male',
      genderIdentity: '',
      pronouns: '',
      address: home.address,
      mobilePhone: age >= 13 && random.chance(0.8) ? phone(random, home.areaCode) : '',
      homePhone: home.homePhone,
      workPhone: adult && random.chance(0.1) ? phone(random, home.areaCode) : '',
      email: adult && random.chance(0.45) ? emailOf(random, given, home.familyName) : '',
      preferredLanguage: random.pick(languages),
      emergencyContact: {
        name: home.head.name,
        relationship: asChild ? 'Parent' : 'Spouse',
        phone: home.homePhone || phone(random, home.areaCode),
      },
      insurance:
        home.insurance && random.chance(0.85)
          ? {
              ...home.insurance,
              subscriberName: home.head.name,
              subscriberRelationship: asChild ? 'child' : 'spouse',
              subscriberBirthDate: home.head.birthDate,
            }
          : insuranceFor(null),
    };
  };

  return {
    /** The next registration; `ownHousehold` starts a new household (a patient whose age is set apart). */
    next(ownHousehold: boolean): PatientFields {
      const home: Household | null = household;
      const canJoin =
        !ownHousehold && home !== null && home.members < 5 && ageOn(home.head.birthDate, anchorDate) >= 20;
      return canJoin && random.chance(0.32) ? joinHousehold(home) : startHousehold();
    },
  };
};
