import { foldForSearch } from '../../../../db';
import icd10Starter from '../../../../resources/code-sets/icd10cm-starter.json' with { type: 'json' };

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

export const searchIcd10 = (query: string, limit: number): { code: string; name: string }[] => {
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
  const tokens = foldForSearch(trimmed).split(' ').filter(Boolean);
  const phrase = tokens.join(' ');
  // Names holding the words as typed, in order ("type 2 diab"), come before names that merely hold
  // each word somewhere ("type 1 ... stage 2 ... diabetic").
  return entries
    .filter((e) => tokens.every((token) => e.words.some((word) => word.startsWith(token))))
    .map((e) => ({ entry: e, inOrder: e.words.join(' ').includes(phrase) }))
    .sort((a, b) => Number(b.inOrder) - Number(a.inOrder))
    .slice(0, limit)
    .map(({ entry }) => ({ code: entry.code, name: entry.name }));
};
