import { maxIcd10FileBase64Chars, maxIcd10FileBytes } from '../../contract/code-sets';
import { base64DecodedLength, maxDocumentBase64Chars, oversizedDocumentMessage } from '../../contract/documents';
import { maxImportFileBase64Chars, maxImportFileBytes } from '../../contract/exchange';

/**
 * Checks done before schema parsing (SECURITY.md S11): payload size, nesting depth and keys that
 * could reach an object's prototype. Zod strict objects would reject most of these too; refusing
 * them early means no handler and no schema transform ever sees them.
 */
export const maxPayloadBytes = 1_048_576;
const maxDepth = 32;
const poisonedKeys = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * The only fields allowed past maxPayloadBytes, named by procedure and path, each with its own
 * bound: an imported document's bytes (base64, up to the contract's 20 MiB file limit) and the CMS
 * ICD-10-CM code file (up to 32 MiB). Everything else in the same request still counts against the
 * general limit, so an allowance cannot carry anything but its one file.
 */
export const largeFieldAllowances: Readonly<
  Record<string, { path: readonly string[]; maxChars: number; tooLarge: (value: string) => string }>
> = {
  'documents.import': {
    path: ['file', 'contentBase64'],
    maxChars: maxDocumentBase64Chars,
    tooLarge: (value) => oversizedDocumentMessage(base64DecodedLength(value)),
  },
  'codes.importIcd10': {
    path: ['contentBase64'],
    maxChars: maxIcd10FileBase64Chars,
    tooLarge: () =>
      `The file is larger than ${maxIcd10FileBytes / 1024 / 1024} MB; the CMS code file is about 10 MB. Pick icd10cm-codes-YYYY.txt.`,
  },
  ...importFileAllowances(),
};

/** A FHIR bundle or CSV picked for import (issue 6): one file per call, up to the contract's 50 MiB. */
function importFileAllowances() {
  const allowance = {
    path: ['file', 'contentBase64'],
    maxChars: maxImportFileBase64Chars,
    tooLarge: (value: string) =>
      `The file is ${Math.ceil(base64DecodedLength(value) / 1024 / 1024)} MB; an import file can be at most ${maxImportFileBytes / 1024 / 1024} MB. Export fewer patients per file and import them one file at a time.`,
  };
  return Object.fromEntries(
    ['exchange.previewFhirImport', 'exchange.importFhir', 'exchange.csvDryRun', 'exchange.importCsv'].map((name) => [
      name,
      allowance,
    ]),
  );
}

/** The largest request body a transport may accept: the general limit plus the largest allowance. */
export const maxRequestBytes =
  maxPayloadBytes + Math.max(0, ...Object.values(largeFieldAllowances).map((allowance) => allowance.maxChars));

const fieldAt = (input: unknown, path: readonly string[]): unknown =>
  path.reduce<unknown>(
    (value, key) =>
      value !== null && typeof value === 'object' && Object.hasOwn(value, key)
        ? (value as Record<string, unknown>)[key]
        : undefined,
    input,
  );

export const inputProblem = (input: unknown, procedure = ''): string | null => {
  let serialised: string | undefined;
  try {
    serialised = JSON.stringify(input);
  } catch {
    return 'The request could not be read.';
  }
  let allowed = 0;
  const allowance = Object.hasOwn(largeFieldAllowances, procedure) ? largeFieldAllowances[procedure] : undefined;
  const large = allowance ? fieldAt(input, allowance.path) : undefined;
  if (allowance && typeof large === 'string') {
    if (large.length > allowance.maxChars) return allowance.tooLarge(large);
    // Base64 needs no escaping in JSON: the field takes exactly its length plus two quotes.
    allowed = large.length + 2;
  }
  if (serialised !== undefined && serialised.length - allowed > maxPayloadBytes) {
    return 'The request is too large. Shorten the text or split the work into smaller parts.';
  }
  const visit = (value: unknown, depth: number): string | null => {
    if (depth > maxDepth) return 'The request is nested too deeply.';
    if (value === null || typeof value !== 'object') return null;
    for (const key of Object.keys(value)) {
      if (poisonedKeys.has(key)) return `The request has a field named "${key}", which is not allowed.`;
      const problem = visit((value as Record<string, unknown>)[key], depth + 1);
      if (problem) return problem;
    }
    return null;
  };
  return visit(input, 0);
};
