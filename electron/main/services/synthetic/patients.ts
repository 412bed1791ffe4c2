import type { PatientFields } from '../../../contract/patients';
import { cities, familyNames, femaleGivenNames, languages, maleGivenNames, payers, streets } from './names';
import type { Random } from './random';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** A birth date spread like a family practice's panel: children, working adults, many older patients. */
const birthDate = (random: Random, today: Date): string => {
  const band = random.next();
  const age = band < 0.18 ? random.int(0, 17) : band < 0.65 ? random.int(18, 64) : random.int(65, 98);
  const year = today.getFullYear() - age - (random.chance(0.5) ? 1 : 0);
  const month = random.int(1, 12);
  const day = random.int(1, 28);
  const iso = `${year}-${pad(month)}-${pad(day)}`;
  return iso > today.toISOString().slice(0, 10) ? `${year - 1}-${pad(month)}-${pad(day)}` : iso;
};

const phone = (random: Random, areaCode: string) =>
  `(${areaCode}) ${random.int(200, 999)}-${pad(random.int(0, 9999), 4)}`;

export const syntheticPatient = (random: Random, today: Date): PatientFields => {
  const female = random.chance(0.52);
  const given = random.pick(female ? femaleGivenNames : maleGivenNames);
  const family = random.pick(familyNames);
  const [city, state, zip] = random.pick(cities);
  const areaCode = String(random.int(201, 989));
  const born = birthDate(random, today);
  const insured = random.chance(0.9);
  return {
    legalGivenName: given,
    legalMiddleName: random.chance(0.4) ? random.pick(female ? femaleGivenNames : maleGivenNames) : '',
    legalFamilyName: family,
    suffix: !female && random.chance(0.03) ? 'Jr.' : '',
    preferredName: random.chance(0.1) ? given.slice(0, 3) : '',
    birthDate: born,
    sex: random.chance(0.005) ? 'unknown' : female ? 'female' : 'male',
    genderIdentity: '',
    pronouns: '',
    address: {
      line1: `${random.int(1, 9999)} ${random.pick(streets)}`,
      line2: '',
      city,
      state,
      postalCode: `${zip}${pad(random.int(0, 99))}`,
      country: 'US',
    },
    mobilePhone: random.chance(0.85) ? phone(random, areaCode) : '',
    homePhone: random.chance(0.3) ? phone(random, areaCode) : '',
    workPhone: '',
    email: random.chance(0.5)
      ? `${given}.${family}${random.int(1, 99)}@example.com`
          .toLowerCase()
          .normalize('NFKD')
          .replace(/[^\x20-\x7e]/g, '')
          .replace(/['\s]/g, '')
      : '',
    preferredLanguage: random.pick(languages),
    emergencyContact: random.chance(0.7)
      ? {
          name: `${random.pick(femaleGivenNames)} ${family}`,
          relationship: random.pick(['Spouse', 'Parent', 'Child', 'Sibling', 'Friend']),
          phone: phone(random, areaCode),
        }
      : { name: '', relationship: '', phone: '' },
    insurance: insured
      ? {
          payerName: random.pick(payers),
          planName: random.pick(['PPO', 'HMO', 'EPO', '']),
          memberId: `${String.fromCharCode(65 + random.int(0, 25))}${random.int(10_000_000, 99_999_999)}`,
          groupNumber: String(random.int(1000, 99999)),
          subscriberName: '',
          subscriberRelationship: 'self',
          subscriberBirthDate: '',
        }
      : null,
  };
};
