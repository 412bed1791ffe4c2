/**
 * Search keys: what is stored in the index and what a typed query is reduced to. Both sides use the
 * same folding, so "José" matches "jose" and "O'Brien" matches "obrien" and "o brien".
 */
export const foldForSearch = (value: string): string =>
  value
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** A phone is findable by its full digits, by the number without a leading country code 1, and by its last 7 and last 4. */
export const phoneSearchTokens = (phone: string): string[] => {
  const digits = phone.replace(/\D/g, '');
  if (digits.length < 4) return [];
  const national = digits.length === 11 && digits.startsWith('1') ? digits.slice(1) : digits;
  return [...new Set([digits, national, national.slice(-7), national.slice(-4)])];
};
