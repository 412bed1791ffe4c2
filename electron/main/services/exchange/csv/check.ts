import { type ChartStore, foldForSearch, repositories } from '../../../../../db';
import {
  type CsvDryRunDto,
  type CsvField,
  type CsvMapping,
  csvFieldLabels,
  csvFields,
  requiredCsvFields,
} from '../../../../contract/exchange';
import { text } from '../../../../contract/fields';
import { type PatientFields, type PatientInput, patientInputSchema, sexLabels } from '../../../../contract/patients';
import { decodeCsvBytes } from './decode';
import { proposeMapping } from './mapping';
import { type CsvRow, parseCsv } from './parse';
import { parseLegacyDate, parseSexWord } from './values';

/** A row that passed every check, ready to be saved. */
export interface CheckedPatient {
  row: number;
  fields: PatientFields;
  /** The legacy system's chart number, kept in the new chart's history note. */
  legacyChartNumber: string;
  /** MRNs of existing patients with the same date of birth and a similar name. */
  possibleDuplicateMrns: string[];
}

export interface CsvCheck {
  dto: CsvDryRunDto;
  patients: CheckedPatient[];
}

/** The field of a problem with the row as a whole (its shape, not one value). */
const rowWide = 'Row';
const sampleSize = 5;

/** Which field a registration-schema issue is about, by the issue's path into PatientInput. */
const fieldOfIssuePath = (path: readonly PropertyKey[]): CsvField | null => {
  const [first, second] = path.map(String);
  const direct: Record<string, CsvField> = {
    legalGivenName: 'givenName',
    legalMiddleName: 'middleName',
    legalFamilyName: 'familyName',
    suffix: 'suffix',
    preferredName: 'preferredName',
    birthDate: 'birthDate',
    sex: 'sex',
    mobilePhone: 'phoneMobile',
    homePhone: 'phoneHome',
    email: 'email',
  };
  const address: Record<string, CsvField> = {
    line1: 'addressLine1',
    line2: 'addressLine2',
    city: 'city',
    state: 'state',
    postalCode: 'postalCode',
  };
  const insurance: Record<string, CsvField> = {
    payerName: 'insurancePayer',
    memberId: 'insuranceMemberId',
    groupNumber: 'insuranceGroup',
  };
  if (first === 'address' && second) return address[second] ?? null;
  if (first === 'insurance' && second) return insurance[second] ?? null;
  return (first && direct[first]) || null;
};

const decodeBase64 = (base64: string): Uint8Array => Buffer.from(base64, 'base64');

/**
 * The dry run (issue 6): reads the file, proposes or applies a column mapping, and checks every row by
 * the registration rules (patientInputSchema, so staff see the messages they know), plus legacy date
 * forms, sex words, repeats inside the file and likely matches with patients already registered.
 * It only reads the store.
 */
export const checkCsv = (
  store: ChartStore,
  file: { name: string; contentBase64: string },
  requestedMapping: CsvMapping | undefined,
  now: Date,
): CsvCheck => {
  const { text, encoding } = decodeCsvBytes(decodeBase64(file.contentBase64));
  const empty = (fileErrors: string[], columns: string[] = [], mapping: CsvMapping = {}, rowCount = 0): CsvCheck => ({
    dto: {
      fileName: file.name,
      encoding,
      columns,
      mapping,
      rowCount,
      fileErrors,
      rowErrors: [],
      possibleDuplicates: [],
      sample: [],
    },
    patients: [],
  });
  const parsed = parseCsv(text);
  if (!parsed.ok) return empty([parsed.message]);
  const { header, rows } = parsed;
  const mapping = requestedMapping ?? proposeMapping(header);
  const fileErrors = mappingProblems(header, mapping);
  if (rows.length === 0) fileErrors.push('The file has a header row but no patients below it.');
  if (fileErrors.length > 0) return empty(fileErrors, header, mapping, rows.length);

  const columnOf = new Map(
    csvFields.flatMap((field) => (mapping[field] === undefined ? [] : [[field, header.indexOf(mapping[field])]])),
  );
  const thisYear = now.getFullYear();
  const dto: CsvDryRunDto = { ...empty([], header, mapping, rows.length).dto };
  const patients: CheckedPatient[] = [];
  const seenPeople = new Map<string, number>();
  const seenChartNumbers = new Map<string, number>();

  for (const row of rows) {
    const value = (field: CsvField) => {
      const index = columnOf.get(field);
      return index === undefined ? '' : (row.cells[index] ?? '').trim();
    };
    const problems = checkRow(row, header.length, value, thisYear);
    const report = (field: string, message: string) =>
      dto.rowErrors.push({
        row: row.line,
        field,
        message: field === rowWide ? `Row ${row.line} ${message}` : `Row ${row.line}, ${field}: ${message}`,
      });
    for (const problem of problems.errors) report(problem.field, problem.message);
    if (!problems.fields) continue;
    const fields = problems.fields;

    const personKey = `${foldForSearch(fields.legalFamilyName)}|${foldForSearch(fields.legalGivenName)}|${fields.birthDate}`;
    const samePerson = seenPeople.get(personKey);
    if (samePerson !== undefined) {
      report('Patient', `same name and date of birth as row ${samePerson}. Remove the repeated row or correct it.`);
      continue;
    }
    seenPeople.set(personKey, row.line);
    const legacyChartNumber = value('mrn');
    const sameChart = legacyChartNumber === '' ? undefined : seenChartNumbers.get(legacyChartNumber);
    if (sameChart !== undefined) {
      report(
        csvFieldLabels.mrn,
        `'${legacyChartNumber}' is also the chart number of row ${sameChart}. Each patient needs their own.`,
      );
      continue;
    }
    if (legacyChartNumber !== '') seenChartNumbers.set(legacyChartNumber, row.line);

    // The same search registration's duplicate warning uses (patients.checkDuplicates).
    const matches = repositories.patients.findPossibleDuplicates(
      store.db,
      fields.birthDate,
      fields.legalFamilyName,
      fields.legalGivenName,
    );
    for (const match of matches) {
      dto.possibleDuplicates.push({
        row: row.line,
        patientId: match.id,
        mrn: match.mrn,
        name: `${match.legalFamilyName}, ${match.legalGivenName}`,
      });
    }
    patients.push({ row: row.line, fields, legacyChartNumber, possibleDuplicateMrns: matches.map((m) => m.mrn) });
    if (dto.sample.length < sampleSize) dto.sample.push(sampleOf(fields, legacyChartNumber));
  }
  return { dto, patients };
};

const mappingProblems = (header: readonly string[], mapping: CsvMapping): string[] => {
  const problems: string[] = [];
  for (const field of csvFields) {
    const column = mapping[field];
    if (column !== undefined && !header.includes(column))
      problems.push(`The column "${column}" chosen for ${csvFieldLabels[field]} is not in the file. Pick another.`);
  }
  for (const field of requiredCsvFields) {
    if (mapping[field] === undefined)
      problems.push(
        `No column holds the ${csvFieldLabels[field].toLowerCase()}, which every patient needs. Pick the column for it, or add one to the file.`,
      );
  }
  return problems;
};

const legacyChartNumberSchema = text(csvFieldLabels.mrn, 40);

type RowCheck = { errors: { field: string; message: string }[]; fields: PatientFields | null };

const checkRow = (row: CsvRow, columnCount: number, value: (field: CsvField) => string, thisYear: number): RowCheck => {
  const errors: RowCheck['errors'] = [];
  const extra = row.cells.slice(columnCount).filter((cell) => cell.trim() !== '');
  if (extra.length > 0) {
    errors.push({
      field: rowWide,
      message: `has ${row.cells.length} values but the header has ${columnCount} columns. Look for a comma that should be inside quotes.`,
    });
    return { errors, fields: null };
  }

  const rawDate = value('birthDate');
  const birthDate = rawDate === '' ? '' : parseLegacyDate(rawDate, thisYear);
  if (birthDate === null)
    errors.push({ field: csvFieldLabels.birthDate, message: `'${rawDate}' is not a date; use MM/DD/YYYY.` });

  const rawSex = value('sex');
  const sex = parseSexWord(rawSex);
  if (sex === null)
    errors.push({
      field: csvFieldLabels.sex,
      message:
        rawSex === ''
          ? 'the sex is empty; use F, M, I (intersex) or U (unknown).'
          : `'${rawSex}' is not a sex Chartroom records; use F, M, I (intersex) or U (unknown).`,
    });

  const chartNumber = legacyChartNumberSchema.safeParse(value('mrn'));
  if (!chartNumber.success) errors.push({ field: csvFieldLabels.mrn, message: chartNumber.error.issues[0]!.message });

  const payer = value('insurancePayer');
  const memberId = value('insuranceMemberId');
  const group = value('insuranceGroup');
  const input: PatientInput = {
    legalGivenName: value('givenName'),
    legalMiddleName: value('middleName'),
    legalFamilyName: value('familyName'),
    suffix: value('suffix'),
    preferredName: value('preferredName'),
    birthDate: birthDate ?? '',
    sex: sex ?? 'unknown',
    address: {
      line1: value('addressLine1'),
      line2: value('addressLine2'),
      city: value('city'),
      state: value('state'),
      postalCode: value('postalCode'),
    },
    mobilePhone: value('phoneMobile'),
    homePhone: value('phoneHome'),
    email: value('email'),
    emergencyContact: {},
    insurance:
      payer === '' && memberId === '' && group === ''
        ? null
        : { payerName: payer, memberId, groupNumber: group, subscriberRelationship: 'self' },
  };
  const result = patientInputSchema.safeParse(input);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const field = fieldOfIssuePath(issue.path);
      // A date we could not read was reported above in the legacy form; the schema's ISO wording would confuse.
      if (field === 'birthDate' && birthDate === null) continue;
      errors.push({ field: field ? csvFieldLabels[field] : rowWide, message: issue.message });
    }
  }
  return { errors, fields: errors.length === 0 && result.success ? result.data : null };
};

const sampleOf = (fields: PatientFields, legacyChartNumber: string): Record<string, string> => {
  const shown: Partial<Record<CsvField, string>> = {
    familyName: fields.legalFamilyName,
    givenName: fields.legalGivenName,
    birthDate: fields.birthDate,
    sex: sexLabels[fields.sex],
    middleName: fields.legalMiddleName,
    preferredName: fields.preferredName,
    suffix: fields.suffix,
    mrn: legacyChartNumber,
    phoneHome: fields.homePhone,
    phoneMobile: fields.mobilePhone,
    email: fields.email,
    addressLine1: fields.address.line1,
    addressLine2: fields.address.line2,
    city: fields.address.city,
    state: fields.address.state,
    postalCode: fields.address.postalCode,
    insurancePayer: fields.insurance?.payerName ?? '',
    insuranceMemberId: fields.insurance?.memberId ?? '',
    insuranceGroup: fields.insurance?.groupNumber ?? '',
  };
  return Object.fromEntries(csvFields.map((field) => [csvFieldLabels[field], shown[field] ?? '']));
};
