import type { ChartStore } from '../../db';

/** Realistic queries for each search kind, drawn from the practice's own patients. */
export interface QueryKind {
  kind: string;
  queries: string[];
}

const formats: Record<string, (y: string, m: string, d: string) => string> = {
  'DOB MM/DD/YYYY': (y, m, d) => `${m}/${d}/${y}`,
  'DOB M/D/YY': (y, m, d) => `${Number(m)}/${Number(d)}/${y.slice(2)}`,
  'DOB YYYY-MM-DD': (y, m, d) => `${y}-${m}-${d}`,
  'DOB D Mon YYYY': (y, m, d) =>
    `${Number(d)} ${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][Number(m) - 1]} ${y}`,
};

export const searchQueryKinds = (store: ChartStore, sample = 100): QueryKind[] => {
  const rows = store.sqlite
    .prepare(
      `SELECT legal_given_name AS given, legal_family_name AS family, birth_date AS born, mrn, mobile_phone AS phone
         FROM patients ORDER BY (id * 7919) % 100003 LIMIT ?`,
    )
    .all(sample) as { given: string; family: string; born: string; mrn: string; phone: string }[];
  const withPhone = rows.filter((r) => r.phone.replace(/\D/g, '').length >= 10);
  return [
    { kind: 'name fragments', queries: rows.map((r) => `${r.family.slice(0, 3)} ${r.given.slice(0, 3)}`) },
    { kind: 'name fragments, reversed', queries: rows.map((r) => `${r.given.slice(0, 3)} ${r.family.slice(0, 4)}`) },
    { kind: 'family name prefix (1 letter)', queries: rows.map((r) => r.family.slice(0, 1)) },
    ...Object.entries(formats).map(([kind, format]) => ({
      kind,
      queries: rows.map((r) => {
        const [y, m, d] = r.born.split('-') as [string, string, string];
        return format(y, m, d);
      }),
    })),
    { kind: 'MRN', queries: rows.map((r) => r.mrn) },
    { kind: 'phone, full', queries: withPhone.map((r) => r.phone) },
    { kind: 'phone, last 4 digits', queries: withPhone.map((r) => r.phone.replace(/\D/g, '').slice(-4)) },
  ];
};
