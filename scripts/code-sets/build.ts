/**
 * Builds the starter code sets in resources/code-sets/ from the transcribed source excerpts in
 * scripts/code-sets/sources/. No network access and no dependencies: every code written here comes from a
 * source file (see resources/code-sets/README.md for provenance and licences).
 *
 * Run: npx tsx scripts/code-sets/build.ts        (writes the JSON files)
 *      npx tsx scripts/code-sets/build.ts --check (fails if the JSON files are out of date)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const sourcesDir = join(here, 'sources');
const outDir = join(here, '..', '..', 'resources', 'code-sets');

function fail(message: string): never {
  throw new Error(`code-sets: ${message}`);
}

/** Data lines of a source excerpt: comments (#) and blank lines dropped. */
function dataLines(file: string): string[] {
  return readFileSync(join(sourcesDir, file), 'utf8')
    .split('\n')
    .map((line) => line.replace(/\r$/, ''))
    .filter((line) => line.trim() !== '' && !line.startsWith('#'));
}

function splitFields(line: string, count: number, file: string): string[] {
  const fields = line.split('|');
  if (fields.length !== count) fail(`${file}: expected ${count} fields, got ${fields.length}: ${line}`);
  return fields;
}

function assertUnique(codes: string[], what: string): void {
  const seen = new Set<string>();
  for (const code of codes) {
    if (seen.has(code)) fail(`${what}: duplicate code ${code}`);
    seen.add(code);
  }
}

const byNumber = (a: { code: string }, b: { code: string }) => Number(a.code) - Number(b.code);
const byString = (a: { code: string }, b: { code: string }) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);

// ---------------------------------------------------------------------------------------------------------
// CVX

type CvxStatus = 'Active' | 'Inactive' | 'Never Active' | 'Non-US' | 'Pending';
const cvxStatuses = new Set<string>(['Active', 'Inactive', 'Never Active', 'Non-US', 'Pending']);

interface Cvx {
  code: string;
  short: string;
  name: string;
  status: CvxStatus;
  nonVaccine: boolean;
  note?: string;
}

/**
 * PyOBO drops the CDC short description when it adds nothing to the full name: equal to it, ignoring case,
 * once "vaccine" or "virus vaccine" is removed. Used as a consistency check on the fallback rows.
 */
function pyoboWouldDrop(name: string, short: string): boolean {
  const n = name.toLowerCase();
  const candidates = [
    n,
    n.replaceAll(' virus vaccine', ''),
    n.replaceAll('virus vaccine', ''),
    n.replaceAll(' vaccine', ''),
  ];
  return candidates.includes(short.toLowerCase());
}

function buildCvx(): Cvx[] {
  const fallback = new Map<string, string>();
  for (const line of dataLines('cvx-short-fallback.txt')) {
    const [code = '', short = ''] = splitFields(line, 3, 'cvx-short-fallback.txt');
    if (fallback.has(code)) fail(`cvx fallback: duplicate ${code}`);
    fallback.set(code, short);
  }
  const rows: Cvx[] = [];
  const used = new Set<string>();
  for (const file of ['cvx-pyobo-2025-10-12.txt', 'cvx-extra.txt']) {
    for (const line of dataLines(file)) {
      const [code = '', name = '', shortRaw = '', status = '', nonVaccine = '', note = ''] = splitFields(line, 6, file);
      if (!/^\d{1,3}$/.test(code)) fail(`${file}: bad CVX code ${code}`);
      if (!cvxStatuses.has(status)) fail(`${file}: CVX ${code} has unknown status ${status}`);
      if (nonVaccine !== 'true' && nonVaccine !== 'false') fail(`${file}: CVX ${code} nonvaccine ${nonVaccine}`);
      let short = shortRaw;
      if (short === '') {
        const filled = fallback.get(code);
        if (filled === undefined) fail(`${file}: CVX ${code} has no short description and no fallback`);
        if (!pyoboWouldDrop(name, filled)) {
          fail(`CVX ${code}: fallback short "${filled}" is not one PyOBO would have dropped for "${name}"`);
        }
        short = filled;
        used.add(code);
      } else if (fallback.has(code)) {
        fail(`CVX ${code}: has a short description in the source but also a fallback`);
      }
      const row: Cvx = { code, short, name, status: status as CvxStatus, nonVaccine: nonVaccine === 'true' };
      if (note !== '') row.note = note;
      rows.push(row);
    }
  }
  for (const code of fallback.keys()) if (!used.has(code)) fail(`cvx fallback ${code} was not used`);
  assertUnique(
    rows.map((r) => r.code),
    'CVX',
  );
  return rows.sort(byNumber);
}

// ---------------------------------------------------------------------------------------------------------
// ICD-10-CM

interface Icd {
  code: string;
  name: string;
  billable: boolean;
}

function buildIcd(): Icd[] {
  const rows: Icd[] = [];
  for (const line of dataLines('icd10cm-excerpt.txt')) {
    const match = /^([A-Z][0-9][0-9A-Z][0-9A-Z]{0,4}) (\S.*)$/.exec(line);
    if (!match) fail(`icd10cm-excerpt.txt: bad line: ${line}`);
    const raw = match[1] ?? '';
    const name = match[2] ?? '';
    const code = raw.length > 3 ? `${raw.slice(0, 3)}.${raw.slice(3)}` : raw;
    // Every line of the CDC codes file is a code valid for submission (billable).
    rows.push({ code, name: name.trim(), billable: true });
  }
  assertUnique(
    rows.map((r) => r.code),
    'ICD-10-CM',
  );
  return rows.sort(byString);
}

// ---------------------------------------------------------------------------------------------------------
// RxNorm

interface Drug {
  code: string;
  name: string;
  combo: boolean;
}

/**
 * Concepts of the US Core value set left out of the drug list because they are not medicines (environmental or
 * food substances, excipients, preservatives). They stay valid RxNorm codes for allergy documentation.
 */
const notMedicines = new Map<string, string>([
  ['1314891', 'Latex'],
  ['253157', 'Bee pollen'],
  ['1311629', 'nickel'],
  ['31738', 'nickel sulfate'],
  ['4530', 'Formaldehyde'],
  ['1311524', 'Aspartame'],
  ['1362879', 'Sulfur Dioxide'],
  ['9778', 'Silicones'],
  ['1311085', 'xanthine'],
  ['1363043', 'ethyl ether'],
  ['10472', 'Thimerosal'],
  ['6227', 'Lanolin'],
  ['318340', 'Aloe vera preparation'],
  ['91263', 'Aloe Extract'],
  ['21183', 'Citric Acid'],
]);

function buildDrugs(): Drug[] {
  const rows: Drug[] = [];
  const excluded = new Set<string>();
  for (const line of dataLines('rxnorm-uscore-allergy-substance.txt')) {
    const [code = '', name = ''] = splitFields(line, 2, 'rxnorm-uscore-allergy-substance.txt');
    if (!/^\d+$/.test(code)) fail(`RxNorm: bad RxCUI ${code}`);
    const skip = notMedicines.get(code);
    if (skip !== undefined) {
      if (skip !== name) fail(`RxNorm: exclusion ${code} expected "${skip}", source says "${name}"`);
      excluded.add(code);
      continue;
    }
    rows.push({ code, name, combo: name.includes(' / ') });
  }
  for (const code of notMedicines.keys()) if (!excluded.has(code)) fail(`RxNorm: exclusion ${code} not in source`);
  assertUnique(
    rows.map((r) => r.code),
    'RxNorm',
  );
  return rows.sort(byNumber);
}

// ---------------------------------------------------------------------------------------------------------
// Smoking status and vital signs

interface Coded {
  code: string;
  name: string;
}

function buildSmoking(): Coded[] {
  const rows = dataLines('smoking-status-uscore.txt').map((line) => {
    const [code = '', name = ''] = splitFields(line, 2, 'smoking-status-uscore.txt');
    if (!/^\d{6,18}$/.test(code)) fail(`smoking: bad SNOMED CT code ${code}`);
    return { code, name };
  });
  assertUnique(
    rows.map((r) => r.code),
    'smoking status',
  );
  return rows.sort(byNumber);
}

interface Vital {
  code: string;
  name: string;
  ucum?: string;
  ucumAlt?: string[];
  panel?: boolean;
}

function loincCheckDigitOk(code: string): boolean {
  // LOINC mod-10 check digit (as published by Regenstrief).
  const [body = '', check = ''] = code.split('-');
  if (body === '' || check === '') return false;
  const digits = body.split('').map(Number);
  let sum = 0;
  digits.reverse().forEach((d, i) => {
    if (i % 2 === 0) {
      const doubled = d * 2;
      sum += Math.floor(doubled / 10) + (doubled % 10);
    } else {
      sum += d;
    }
  });
  return (10 - (sum % 10)) % 10 === Number(check);
}

function buildVitals(): Vital[] {
  const rows = dataLines('vital-signs-loinc.txt').map((line) => {
    const [code = '', name = '', ucum = '', alt = ''] = splitFields(line, 5, 'vital-signs-loinc.txt');
    if (!/^\d{1,7}-\d$/.test(code)) fail(`vitals: bad LOINC code ${code}`);
    if (!loincCheckDigitOk(code)) fail(`vitals: LOINC check digit wrong in ${code}`);
    const row: Vital = { code, name };
    if (ucum === '') row.panel = true;
    else row.ucum = ucum;
    if (alt !== '') row.ucumAlt = alt.split(' ');
    return row;
  });
  assertUnique(
    rows.map((r) => r.code),
    'vital signs',
  );
  return rows.sort((a, b) => Number(a.code.split('-')[0]) - Number(b.code.split('-')[0]));
}

// ---------------------------------------------------------------------------------------------------------

function jsonValue(value: unknown): string {
  return Array.isArray(value) ? `[${value.map((v) => JSON.stringify(v)).join(', ')}]` : JSON.stringify(value);
}

/**
 * One object per line so that diffs stay readable; objects too wide for one line are expanded, the way
 * Biome formats them (lineWidth 120), so the output is already Biome-clean.
 */
function toJson(rows: object[]): string {
  const items = rows.map((row, i) => {
    const comma = i < rows.length - 1 ? ',' : '';
    const props = Object.entries(row).map(([key, value]) => `${JSON.stringify(key)}: ${jsonValue(value)}`);
    const oneLine = `  { ${props.join(', ')} }${comma}`;
    if ([...oneLine].length <= 120) return oneLine;
    return `  {\n${props.map((p) => `    ${p}`).join(',\n')}\n  }${comma}`;
  });
  return `[\n${items.join('\n')}\n]\n`;
}

const outputs: Record<string, object[]> = {
  'cvx.json': buildCvx(),
  'icd10cm-starter.json': buildIcd(),
  'rxnorm-drugs.json': buildDrugs(),
  'smoking-status.json': buildSmoking(),
  'vital-signs-loinc.json': buildVitals(),
};

const check = process.argv.includes('--check');
let stale = 0;
for (const [file, rows] of Object.entries(outputs)) {
  const path = join(outDir, file);
  const text = toJson(rows);
  if (check) {
    let current = '';
    try {
      current = readFileSync(path, 'utf8');
    } catch {
      // missing counts as stale
    }
    if (current !== text) {
      console.error(`${file} is out of date`);
      stale++;
    }
  } else {
    writeFileSync(path, text);
  }
  console.log(`${file}: ${rows.length} rows`);
}
if (stale > 0) process.exit(1);
