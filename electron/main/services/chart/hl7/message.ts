import { Hl7Rejection } from './rejection';

/** The delimiters a message declares in MSH-1 and MSH-2 (HL7 v2 section 2.5.4). */
export interface Delimiters {
  field: string;
  component: string;
  repetition: string;
  escape: string;
  subcomponent: string;
}

/** One segment: its name, its 1-based position in the file (for messages), and its raw fields. */
export interface Segment {
  name: string;
  position: number;
  /** fields[n] is field n of the segment (for MSH too: fields[1] is the field separator itself). */
  fields: string[];
}

export interface Hl7Message {
  delimiters: Delimiters;
  segments: Segment[];
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: MLLP framing bytes are exactly what is stripped.
const mllpFraming = /^\u000b|\u001c\r?\n?$/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: any other control character means a binary file.
const binary = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const segmentName = /^[A-Z][A-Z0-9]{2}$/;

const readDelimiters = (header: string): Delimiters => {
  if (!header.startsWith('MSH')) {
    throw new Hl7Rejection(
      'unreadable',
      'This is not an HL7 v2 message: the first line must be an MSH segment. Check that you picked the lab result file.',
    );
  }
  const field = header.charAt(3);
  const end = header.indexOf(field, 4);
  const encoding = end === -1 ? '' : header.slice(4, end);
  const [component = '', repetition = '', escapeCharacter = '', subcomponent = ''] = encoding.split('');
  const all = [field, component, repetition, escapeCharacter, subcomponent].filter(Boolean);
  if (!field || /[A-Za-z0-9\s]/.test(field) || encoding.length < 3 || encoding.length > 5) {
    throw new Hl7Rejection(
      'malformed',
      'Segment 1 (MSH) does not declare its encoding characters in MSH-1 and MSH-2 (usually |^~\\&).',
    );
  }
  if (new Set(all).size !== all.length || all.some((c) => /[A-Za-z0-9\s]/.test(c))) {
    throw new Hl7Rejection(
      'malformed',
      'Segment 1 (MSH) declares encoding characters in MSH-2 that repeat or are letters or digits.',
    );
  }
  return { field, component, repetition, escape: escapeCharacter, subcomponent };
};

/**
 * Splits a file into segments with the delimiters from its own MSH segment. Segments may end in \r
 * (the standard), \n or \r\n (files saved on other systems); blank lines and MLLP framing are ignored.
 */
export const splitMessage = (content: string): Hl7Message => {
  const text = content.replace(/^\uFEFF/, '').replace(mllpFraming, '');
  const lines = text.split(/\r\n|\r|\n/);
  const badLine = lines.findIndex((line) => binary.test(line));
  if (badLine !== -1) {
    throw new Hl7Rejection(
      'unreadable',
      `Line ${badLine + 1} of the file contains binary data; this is not an HL7 text file.`,
    );
  }
  const kept = lines.filter((line) => line.trim() !== '');
  if (kept.length === 0) throw new Hl7Rejection('unreadable', 'The file is empty. Pick the HL7 file the lab sent.');
  const delimiters = readDelimiters(kept[0]!);
  const segments = kept.map((line, index): Segment => {
    const name = line.slice(0, 3);
    if (!segmentName.test(name) || (line.length > 3 && line.charAt(3) !== delimiters.field)) {
      throw new Hl7Rejection(
        'malformed',
        `Segment ${index + 1} does not start with a segment name such as OBX followed by "${delimiters.field}".`,
      );
    }
    const parts = line.split(delimiters.field);
    // MSH-1 is the field separator itself, so MSH's fields sit one place later than other segments'.
    const fields = name === 'MSH' ? ['MSH', delimiters.field, ...parts.slice(1)] : parts;
    return { name, position: index + 1, fields };
  });
  return { delimiters, segments };
};

const decodeHex = (hex: string): string =>
  /^([0-9A-Fa-f]{2})+$/.test(hex)
    ? (hex.match(/../g) ?? []).map((pair) => String.fromCharCode(parseInt(pair, 16))).join('')
    : '';

/**
 * Replaces escape sequences (\F\ \S\ \T\ \R\ \E\, \.br\ and \Xhh\) with what they stand for.
 * Formatting sequences (\H\ \N\ and the like) carry no text and are dropped.
 */
const unescapeHl7 = (value: string, d: Delimiters): string => {
  if (!d.escape || !value.includes(d.escape)) return value;
  let out = '';
  let i = 0;
  while (i < value.length) {
    const start = value.indexOf(d.escape, i);
    if (start === -1) {
      out += value.slice(i);
      break;
    }
    const end = value.indexOf(d.escape, start + 1);
    if (end === -1) {
      out += value.slice(i);
      break;
    }
    out += value.slice(i, start);
    const sequence = value.slice(start + 1, end);
    const known: Record<string, string> = {
      F: d.field,
      S: d.component,
      T: d.subcomponent,
      R: d.repetition,
      E: d.escape,
      '.br': '\n',
    };
    out += known[sequence] ?? (sequence.startsWith('X') ? decodeHex(sequence.slice(1)) : '');
    i = end + 1;
  }
  return out;
};

/** Field `n` of a segment as repetitions of components, each unescaped; [] when the field is empty. */
export const repetitions = (segment: Segment, n: number, d: Delimiters): string[][] => {
  const raw = segment.fields[n] ?? '';
  if (raw === '') return [];
  return raw.split(d.repetition).map((repetition) =>
    repetition.split(d.component).map((component) =>
      component
        .split(d.subcomponent)
        .map((sub) => unescapeHl7(sub, d))
        .join(' '),
    ),
  );
};

/** Component `c` (1-based) of the first repetition of field `n`, unescaped and trimmed. */
export const component = (segment: Segment, n: number, c: number, d: Delimiters): string =>
  (repetitions(segment, n, d)[0]?.[c - 1] ?? '').trim();

/** The whole first repetition of field `n` as components. */
export const components = (segment: Segment, n: number, d: Delimiters): string[] =>
  (repetitions(segment, n, d)[0] ?? []).map((part) => part.trim());
