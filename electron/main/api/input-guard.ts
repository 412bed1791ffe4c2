/**
 * Checks done before schema parsing (SECURITY.md S11): payload size, nesting depth and keys that
 * could reach an object's prototype. Zod strict objects would reject most of these too; refusing
 * them early means no handler and no schema transform ever sees them.
 */
export const maxPayloadBytes = 1_048_576;
const maxDepth = 32;
const poisonedKeys = new Set(['__proto__', 'constructor', 'prototype']);

export const inputProblem = (input: unknown): string | null => {
  let serialised: string | undefined;
  try {
    serialised = JSON.stringify(input);
  } catch {
    return 'The request could not be read.';
  }
  if (serialised !== undefined && serialised.length > maxPayloadBytes) {
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
