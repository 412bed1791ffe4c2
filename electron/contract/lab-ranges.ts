/**
 * Reference ranges and abnormal flags for lab results (issue 4). Pure, and shared by the main process
 * (which computes and stores the flag) and the results form (which shows the same flag while typing),
 * so the two can never disagree about what "High" means.
 */

/** HL7 table 0078, the subset a clinic acts on; '' is normal or not flaggable. */
export const labFlags = ['', 'L', 'H', 'LL', 'HH', 'A', 'AA'] as const;
export type LabFlag = (typeof labFlags)[number];

/** Each flag in words, never colour alone (PRODUCT.md accessibility). */
export const labFlagLabels: Record<LabFlag, string> = {
  '': 'Normal',
  L: 'Low',
  H: 'High',
  LL: 'Critically low',
  HH: 'Critically high',
  A: 'Abnormal',
  AA: 'Critically abnormal',
};

export interface ReferenceRange {
  /** Lowest normal value, or null when the range has no lower bound. */
  low: number | null;
  /** Highest normal value, or null when the range has no upper bound. */
  high: number | null;
  /** "<200" excludes 200 itself; "3.5-5.1" and "<=200" include their bounds. */
  lowInclusive: boolean;
  highInclusive: boolean;
  /** The range as written ("3.5-5.1", "Negative"): always kept for display. */
  text: string;
}

const number = String.raw`[-+]?(?:\d+(?:\.\d*)?|\.\d+)`;
const between = new RegExp(String.raw`^(${number})\s*(?:-|–|—|to)\s*(${number})$`, 'i');
const bound = new RegExp(String.raw`^(<=|>=|≤|≥|<|>)\s*(${number})$`);
const plainNumber = new RegExp(`^${number}$`);

/** The value as a number when it is written as one ("4.2", "-1", ".5"), else null ("Negative", "<0.5"). */
export const labNumericValue = (value: string): number | null => {
  const trimmed = value.trim();
  return plainNumber.test(trimmed) ? Number(trimmed) : null;
};

/**
 * Reads "3.5-5.1", "3.5 - 5.1", "-2 to 3", "<200", "<=200", ">40", ">=40". Anything else ("Negative",
 * "See comment") is a text range: kept as written, with no numeric bounds.
 */
export const parseReferenceRange = (written: string): ReferenceRange => {
  const text = written.trim();
  const range = between.exec(text);
  if (range) {
    const low = Number(range[1]);
    const high = Number(range[2]);
    if (low <= high) return { low, high, lowInclusive: true, highInclusive: true, text };
  }
  const limit = bound.exec(text);
  if (limit) {
    const operator = limit[1]!;
    const value = Number(limit[2]);
    const inclusive = operator.length === 2 || operator === '≤' || operator === '≥';
    return operator.startsWith('<') || operator === '≤'
      ? { low: null, high: value, lowInclusive: true, highInclusive: inclusive, text }
      : { low: value, high: null, lowInclusive: inclusive, highInclusive: true, text };
  }
  return { low: null, high: null, lowInclusive: true, highInclusive: true, text };
};

/** True when the range has a numeric bound to compare a number against. */
const isNumericRange = (range: ReferenceRange): boolean => range.low !== null || range.high !== null;

const below = (value: number, range: ReferenceRange) =>
  range.low !== null && (range.lowInclusive ? value < range.low : value <= range.low);
const above = (value: number, range: ReferenceRange) =>
  range.high !== null && (range.highInclusive ? value > range.high : value >= range.high);

/** "<0.5" or ">60": a value the lab reports only as a bound. */
const boundedValue = new RegExp(String.raw`^(<=|>=|<|>)\s*(${number})$`);

/** Text ranges that name the one normal answer; any other answer is abnormal. */
const normalWords = new Set([
  'negative',
  'non-reactive',
  'nonreactive',
  'not detected',
  'none detected',
  'none seen',
  'normal',
  'absent',
]);

/**
 * The flag a result earns against its range: L or H for numbers outside a numeric range, A for a text
 * result that differs from a one-answer text range ("Positive" against "Negative"), '' otherwise. Critical flags
 * (LL, HH) need the lab's critical limits, so only a lab message carries them.
 */
export const computeFlag = (value: string, rangeText: string): LabFlag => {
  const range = parseReferenceRange(rangeText);
  const trimmed = value.trim();
  if (!range.text || !trimmed) return '';
  const number = labNumericValue(trimmed);
  if (isNumericRange(range)) {
    if (number !== null) return below(number, range) ? 'L' : above(number, range) ? 'H' : '';
    const reported = boundedValue.exec(trimmed);
    if (!reported) return '';
    const limit = Number(reported[2]);
    // "<0.5" is low only when everything under 0.5 is under the range; ">60" high likewise.
    if (reported[1]!.startsWith('<') && range.low !== null && limit <= range.low) return 'L';
    if (reported[1]!.startsWith('>') && range.high !== null && limit >= range.high) return 'H';
    return '';
  }
  const expected = range.text.toLowerCase();
  if (number !== null || !normalWords.has(expected)) return '';
  return trimmed.toLowerCase() === expected ? '' : 'A';
};
