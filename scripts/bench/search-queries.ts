import type { ChartStore } from '../../db';

/** Realistic queries for each search kind, drawn from the practice's own patients. */
export interface QueryKind {
  kind: string;
  queries: string[];
}

/** "March" or "Mar" for month "03", as the front desk would type it (en-US, as the finder reads it). */
const monthName = (m: string, width: 'long' | 'short'): string =>
  new Date(Date.UTC(2000, Number(m) - 1, 1)).toLocaleString('en-US', { month: width, timeZone: 'UTC' });

/** Every form of a date of birth the finder reads (search-query.ts); slash forms are month first. */
const dobForms: Record<string, (y: string, m: string, d: string) => string> = {
  'DOB MM/DD/YYYY': (y, m, d) => `${m}/${d}/${y}`,
  'DOB M/D/YY': (y, m, d) => `${Number(m)}/${Number(d)}/${y.slice(2)}`,
  'DOB YYYY-MM-DD': (y, m, d) => `${y}-${m}-${d}`,
  'DOB D Mon YYYY': (y, m, d) => `${Number(d)} ${monthName(m, 'short')} ${y}`,
  'DOB Month D, YYYY': (y, m, d) => `${monthName(m, 'long')} ${Number(d)}, ${y}`,
};

interface SampledPatient {
  given: string;
  family: string;
  born: string;
  mrn: string;
  phone: string;
}

/**
 * `sample` patients spread over the whole table (a fixed permutation of ids, so every run asks the
 * same questions), and the queries the front desk would type to find each: name fragments in both
 * orders, one letter, a name with a date of birth, each date form, the MRN, a phone in full and its
 * last four digits. The phone is the first one the patient has (mobile, home, work).
 */
export const searchQueryKinds = (store: ChartStore, sample = 100): QueryKind[] => {
  const rows = store.sqlite
    .prepare(
      `SELECT legal_given_name AS given, legal_family_name AS family, birth_date AS born, mrn,
              COALESCE(NULLIF(mobile_phone, ''), NULLIF(home_phone, ''), work_phone) AS phone
         FROM patients ORDER BY (id * 7919) % 100003 LIMIT ?`,
    )
    .all(sample) as SampledPatient[];
  const withPhone = rows.filter((r) => r.phone.replace(/\D/g, '').length >= 10);
  const dateParts = (r: SampledPatient) => r.born.split('-') as [string, string, string];
  return [
    { kind: 'name fragments', queries: rows.map((r) => `${r.family.slice(0, 3)} ${r.given.slice(0, 3)}`) },
    { kind: 'name fragments, reversed', queries: rows.map((r) => `${r.given.slice(0, 3)} ${r.family.slice(0, 4)}`) },
    { kind: 'family name prefix (1 letter)', queries: rows.map((r) => r.family.slice(0, 1)) },
    {
      kind: 'name fragment + DOB M/D/YY',
      queries: rows.map((r) => `${r.family.slice(0, 4)} ${dobForms['DOB M/D/YY']!(...dateParts(r))}`),
    },
    ...Object.entries(dobForms).map(([kind, format]) => ({
      kind,
      queries: rows.map((r) => format(...dateParts(r))),
    })),
    { kind: 'MRN', queries: rows.map((r) => r.mrn) },
    { kind: 'phone, full', queries: withPhone.map((r) => r.phone) },
    { kind: 'phone, last 4 digits', queries: withPhone.map((r) => r.phone.replace(/\D/g, '').slice(-4)) },
  ].filter((kind) => kind.queries.length > 0);
};
