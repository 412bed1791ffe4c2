import { computeFlag, type LabFlag, labNumericValue, parseReferenceRange } from '../../../../contract/lab-ranges';
import { component, components, type Delimiters, repetitions, type Segment, splitMessage } from './message';
import { Hl7Rejection } from './rejection';
import { hl7Date, hl7DateTime, localToday } from './timestamps';

export interface OruObservation {
  analyte: string;
  loinc: string;
  value: string;
  numericValue: number | null;
  unit: string;
  referenceRange: string;
  referenceLow: number | null;
  referenceHigh: number | null;
  flag: LabFlag;
  observedAt: string;
  comment: string;
}

export interface OruPanel {
  name: string;
  collectedAt: string;
  orderingProvider: string;
  performingLab: string;
  accession: string;
  comment: string;
  observations: OruObservation[];
}

export interface OruPatient {
  mrn: string;
  familyName: string;
  givenName: string;
  birthDate: string;
  sex: string;
}

export interface OruMessage {
  controlId: string;
  version: string;
  sendingFacility: string;
  patient: OruPatient;
  panels: OruPanel[];
}

/** The OBX-2 value types a lab result carries, and the ones read the same way. */
const valueTypes = ['NM', 'ST', 'TX', 'FT', 'SN', 'CE', 'CWE'] as const;
type ValueType = (typeof valueTypes)[number];

/** OBX-8 codes (HL7 table 0078) as the chart keeps them; codes not listed are computed from OBX-7. */
const labFlagOf: Record<string, LabFlag> = {
  N: '',
  NEG: '',
  NR: '',
  L: 'L',
  H: 'H',
  LL: 'LL',
  HH: 'HH',
  A: 'A',
  AA: 'AA',
  POS: 'A',
  RR: 'A',
  '<': 'L',
  '>': 'H',
};

const malformed = (segment: Segment, problem: string) =>
  new Hl7Rejection('malformed', `Segment ${segment.position} (${segment.name}) ${problem}`);

const personName = (parts: string[], start: number): string => {
  // XPN/XCN: family, given, middle, suffix, prefix, degree — written the way a letter would.
  const [family = '', given = '', middle = '', suffix = '', prefix = '', degree = ''] = parts.slice(start);
  const name = [prefix, given, middle, family, suffix].filter(Boolean).join(' ');
  return degree && name ? `${name}, ${degree}` : name;
};

const dateTimeOrReject = (segment: Segment, field: string, value: string): string => {
  const parsed = hl7DateTime(value);
  if (!parsed)
    throw malformed(segment, `has "${value}" in ${field}, which is not an HL7 date and time (YYYYMMDDHHMM).`);
  if (parsed.slice(0, 10) > localToday())
    throw malformed(
      segment,
      `is dated ${parsed.slice(0, 10)} in ${field}, in the future. Check the file with the lab.`,
    );
  return parsed;
};

const readHeader = (msh: Segment, d: Delimiters) => {
  const type = components(msh, 9, d);
  if (type[0] !== 'ORU' || type[1] !== 'R01') {
    const named = type.slice(0, 2).filter(Boolean).join('^') || 'nothing';
    throw new Hl7Rejection(
      'not-oru',
      `This file is an HL7 ${named} message (MSH-9); only lab results (ORU^R01) can be imported.`,
    );
  }
  const version = component(msh, 12, 1, d);
  if (!/^2\.\d/.test(version)) {
    throw new Hl7Rejection(
      'not-oru',
      `This message is HL7 version ${version || '(none given in MSH-12)'}; Chartroom imports HL7 version 2.x lab results.`,
    );
  }
  const controlId = component(msh, 10, 1, d);
  if (!controlId) {
    throw malformed(
      msh,
      'has no message control ID in MSH-10; the lab must send one so a file is never imported twice.',
    );
  }
  return { controlId, version, sendingFacility: component(msh, 4, 1, d) || component(msh, 4, 2, d) };
};

const readPatient = (pid: Segment, d: Delimiters): OruPatient => {
  const ids = repetitions(pid, 3, d);
  const mrn = (ids.find((id) => (id[4] ?? '').trim() === 'MR') ?? ids[0] ?? [])[0]?.trim() ?? '';
  const name = components(pid, 5, d);
  const familyName = name[0] ?? '';
  const givenName = name[1] ?? '';
  if (!mrn && !familyName) {
    throw malformed(pid, 'has neither a patient ID in PID-3 nor a name in PID-5, so no patient can be matched.');
  }
  const dob = component(pid, 7, 1, d);
  const birthDate = dob ? hl7Date(dob) : '';
  if (birthDate === null) throw malformed(pid, `has "${dob}" as the date of birth in PID-7, which is not a date.`);
  return { mrn, familyName, givenName, birthDate, sex: component(pid, 8, 1, d) };
};

const readValue = (obx: Segment, type: ValueType, d: Delimiters): string => {
  const values = repetitions(obx, 5, d);
  if (type === 'SN') {
    const [comparator = '', first = '', separator = '', second = ''] = (values[0] ?? []).map((p) => p.trim());
    if (!first || labNumericValue(first) === null || (separator && labNumericValue(second) === null)) {
      throw malformed(obx, `has "${values[0]?.join('^') ?? ''}" in OBX-5, which is not a structured number (SN).`);
    }
    return `${comparator === '=' ? '' : comparator}${first}${separator}${second}`;
  }
  if (type === 'CE' || type === 'CWE') {
    const coded = values[0] ?? [];
    return (coded[1] || coded[0] || '').trim();
  }
  const text = values.map((parts) => parts.join(d.component)).join(type === 'ST' ? ' ' : '\n');
  if (type === 'NM' && text.trim() !== '' && labNumericValue(text) === null) {
    throw malformed(obx, `has "${text.trim()}" in OBX-5, which is not a number although OBX-2 says NM.`);
  }
  return type === 'NM' ? text.trim() : text.replace(/[ \t]+$/gm, '').trim();
};

const readObservation = (obx: Segment, d: Delimiters, panelTime: string): OruObservation | null => {
  const status = component(obx, 11, 1, d).toUpperCase();
  // D (deleted) and W (posted in error) withdraw a result: it is not part of the record.
  if (status === 'D' || status === 'W') return null;
  const type = component(obx, 2, 1, d).toUpperCase();
  if (!type) throw malformed(obx, 'has no value type in OBX-2.');
  if (!valueTypes.includes(type as ValueType)) {
    throw malformed(obx, `has value type ${type} in OBX-2; Chartroom imports ${valueTypes.join(', ')} results.`);
  }
  const id = components(obx, 3, d);
  const analyte = id[1] || id[0] || id[4] || id[3] || '';
  if (!analyte) throw malformed(obx, 'has no observation name or code in OBX-3.');
  const loinc = id[2] === 'LN' ? (id[0] ?? '') : id[5] === 'LN' ? (id[3] ?? '') : '';
  let value = readValue(obx, type as ValueType, d);
  if (!value) {
    if (status !== 'X') throw malformed(obx, `has no result value in OBX-5 for ${analyte}.`);
    value = 'Not obtained';
  }
  const unitParts = components(obx, 6, d);
  const referenceRange = component(obx, 7, 1, d);
  const range = parseReferenceRange(referenceRange);
  const sentFlag = (repetitions(obx, 8, d)[0]?.[0] ?? '').trim().toUpperCase();
  const observedAtField = component(obx, 14, 1, d);
  return {
    analyte,
    loinc,
    value,
    numericValue: labNumericValue(value),
    unit: unitParts[0] || unitParts[1] || '',
    referenceRange,
    referenceLow: range.low,
    referenceHigh: range.high,
    flag: status === 'X' ? '' : (labFlagOf[sentFlag] ?? computeFlag(value, referenceRange)),
    observedAt: observedAtField ? dateTimeOrReject(obx, 'OBX-14', observedAtField) : panelTime,
    comment: '',
  };
};

const appendLine = (existing: string, line: string) => (existing ? `${existing}\n${line}` : line);

/**
 * Reads an HL7 v2.x ORU^R01 lab result message: the patient (PID), one panel per order (OBR) with its
 * results (OBX) and notes (NTE). Every problem is found before anything is written, so a message is
 * imported whole or not at all; the rejection names the segment and field at fault.
 */
export const parseOru = (content: string): OruMessage => {
  const { delimiters: d, segments } = splitMessage(content);
  const headers = segments.filter((s) => s.name === 'MSH');
  if (headers.length > 1) {
    throw new Hl7Rejection(
      'malformed',
      `This file holds ${headers.length} messages (MSH segments); import one message per file.`,
    );
  }
  const header = readHeader(segments[0]!, d);
  const pids = segments.filter((s) => s.name === 'PID');
  if (pids.length === 0) {
    throw new Hl7Rejection('malformed', 'The message has no PID segment, so there is no patient to match.');
  }
  if (pids.length > 1) {
    throw new Hl7Rejection(
      'malformed',
      `The message holds results for ${pids.length} patients (PID segments); import one patient's message at a time.`,
    );
  }
  const patient = readPatient(pids[0]!, d);

  const panels: OruPanel[] = [];
  let panel: (OruPanel & { obr: Segment }) | null = null;
  let lastObservation: OruObservation | null = null;
  const finish = () => {
    if (!panel) return;
    if (panel.observations.length === 0) throw malformed(panel.obr, 'has no results: no OBX segment follows it.');
    const { obr: _, ...done } = panel;
    panels.push(done);
  };
  for (const segment of segments) {
    if (segment.name === 'OBR') {
      finish();
      const service = components(segment, 4, d);
      const name = service[1] || service[0] || '';
      if (!name) throw malformed(segment, 'has no test name in OBR-4.');
      const collected = component(segment, 7, 1, d);
      const firstObx = segments.slice(segment.position).find((s) => s.name === 'OBX' || s.name === 'OBR');
      const fallback = firstObx?.name === 'OBX' ? component(firstObx, 14, 1, d) : '';
      if (!collected && !fallback) {
        throw malformed(segment, 'has no collection time in OBR-7, and its first result has none in OBX-14.');
      }
      panel = {
        obr: segment,
        name,
        collectedAt: collected
          ? dateTimeOrReject(segment, 'OBR-7', collected)
          : dateTimeOrReject(firstObx!, 'OBX-14', fallback),
        orderingProvider: personName(components(segment, 16, d), 1) || component(segment, 16, 1, d),
        performingLab: header.sendingFacility,
        accession: component(segment, 3, 1, d) || component(segment, 2, 1, d),
        comment: '',
        observations: [],
      };
      lastObservation = null;
    } else if (segment.name === 'OBX') {
      if (!panel) throw malformed(segment, 'comes before any OBR segment; each result must follow its order.');
      const observation = readObservation(segment, d, panel.collectedAt);
      if (observation) {
        panel.observations.push(observation);
        const performer = component(segment, 23, 1, d);
        if (performer && panel.observations.length === 1) panel.performingLab = performer;
      }
      lastObservation = observation;
    } else if (segment.name === 'NTE' && panel) {
      const note = repetitions(segment, 3, d)
        .map((parts) => parts.join(d.component))
        .join('\n')
        .trim();
      if (note) {
        if (lastObservation) lastObservation.comment = appendLine(lastObservation.comment, note);
        else panel.comment = appendLine(panel.comment, note);
      }
    }
  }
  finish();
  if (panels.length === 0) throw new Hl7Rejection('malformed', 'The message has no OBR segment: it holds no results.');
  return { ...header, patient, panels };
};
