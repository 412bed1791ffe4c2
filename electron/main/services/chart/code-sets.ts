import { foldForSearch } from '../../../../db';
import cvxCodes from '../../../../resources/code-sets/cvx.json' with { type: 'json' };
import icd10Starter from '../../../../resources/code-sets/icd10cm-starter.json' with { type: 'json' };
import rxNormDrugs from '../../../../resources/code-sets/rxnorm-drugs.json' with { type: 'json' };

/**
 * The ICD-10-CM starter set shipped in resources/code-sets (public domain, NCHS; sources in its
 * README), searched by code prefix ("e11", "E11.9") or by words of the description in any order
 * ("diab type 2"). Held in memory: about 2,000 rows.
 */
interface Entry {
  code: string;
  name: string;
  words: string[];
  compact: string;
}

const entries: Entry[] = (icd10Starter as { code: string; name: string }[]).map((row) => ({
  code: row.code,
  name: row.name,
  words: foldForSearch(row.name).split(' '),
  compact: row.code.replace('.', '').toLowerCase(),
}));

export const icd10StarterCount = entries.length;

export const searchIcd10Starter = (query: string, limit: number): { code: string; name: string }[] => {
  const trimmed = query.trim();
  if (trimmed === '') return [];
  const looksLikeCode = /^[a-z]\d/i.test(trimmed) && !trimmed.includes(' ');
  if (looksLikeCode) {
    const prefix = trimmed.replace('.', '').toLowerCase();
    return entries
      .filter((e) => e.compact.startsWith(prefix))
      .slice(0, limit)
      .map(({ code, name }) => ({ code, name }));
  }
  return byWords(entries, trimmed)
    .slice(0, limit)
    .map((entry) => ({ code: entry.code, name: entry.name }));
};

/**
 * The entries holding every typed word as a word prefix, in any order. Names holding the words as
 * typed, in order ("type 2 diab"), come before names that merely hold each word somewhere ("type 1
 * ... stage 2 ... diabetic"); the sort is stable, so each set keeps its own order within that.
 */
export const byWords = <E extends { words: string[] }>(list: readonly E[], query: string): E[] => {
  const tokens = foldForSearch(query).split(' ').filter(Boolean);
  const phrase = tokens.join(' ');
  return list
    .filter((e) => tokens.every((token) => e.words.some((word) => word.startsWith(token))))
    .map((e) => ({ entry: e, inOrder: e.words.join(' ').includes(phrase) }))
    .sort((a, b) => Number(b.inOrder) - Number(a.inOrder))
    .map(({ entry }) => entry);
};

/**
 * The RxNorm ingredient list shipped in resources/code-sets (US Core / VSAC, public domain; no
 * strengths: those are typed apart). Searched by words ("amox clav") or by RxCUI digits.
 */
const drugs = (rxNormDrugs as { code: string; name: string; combo: boolean }[]).map((row) => ({
  ...row,
  words: foldForSearch(row.name).split(' '),
}));

export const findRxNorm = (rxcui: string) => drugs.find((d) => d.code === rxcui);

export const searchRxNorm = (query: string, limit: number) => {
  const trimmed = query.trim();
  if (trimmed === '') return [];
  const found = /^\d+$/.test(trimmed) ? drugs.filter((d) => d.code.startsWith(trimmed)) : byWords(drugs, trimmed);
  // Single ingredients before combinations: "lisinopril" before "hydrochlorothiazide / lisinopril".
  return [...found]
    .sort((a, b) => Number(a.combo) - Number(b.combo))
    .slice(0, limit)
    .map((d) => ({ code: d.code, name: d.name, combination: d.combo }));
};

/**
 * The complete CDC CVX list shipped in resources/code-sets, searched by code ("03"), by CDC's short
 * description ("mmr", "tdap") or by words of the full name ("measles"). Codes that name no product
 * are never offered: 99 (reserved), 998 (no vaccine administered: a refusal is recorded as one) and
 * 801 (an adjuvant). Vaccines available in the US come first.
 */
const notOffered = new Set(['99', '801', '998']);
const vaccines = (cvxCodes as { code: string; short: string; name: string; status: string }[])
  .filter((row) => !notOffered.has(row.code))
  .map((row) => ({
    code: row.code,
    name: row.short,
    description: row.name,
    current: row.status === 'Active',
    words: foldForSearch(`${row.short} ${row.name}`).split(' '),
  }));

export const findCvx = (code: string) => vaccines.find((v) => v.code === code);

export const searchCvx = (query: string, limit: number) => {
  const trimmed = query.trim();
  if (trimmed === '') return [];
  const found = /^\d+$/.test(trimmed)
    ? vaccines.filter((v) => v.code === trimmed || v.code.startsWith(trimmed))
    : byWords(vaccines, trimmed);
  return [...found]
    .sort((a, b) => Number(b.current) - Number(a.current))
    .slice(0, limit)
    .map(({ code, name, description, current }) => ({ code, name, description, current }));
};
