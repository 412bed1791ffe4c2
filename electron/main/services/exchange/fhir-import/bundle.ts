import type { Bundle, Resource } from '@medplum/fhirtypes';
import { ChartroomError } from '../../../../contract/errors';

/** One resource of the file with the address other entries use to point at it. */
export interface BundleEntry {
  fullUrl: string;
  resource: Resource;
}

export interface ParsedBundle {
  entries: BundleEntry[];
  /** The entry a reference points at, or undefined when it is not in the file. */
  resolve(reference: string): BundleEntry | undefined;
}

const refuse = (message: string): never => {
  throw new ChartroomError('BAD_REQUEST', message);
};

/** "line 3, column 14" for the position V8 names in a JSON.parse error, when it names one. */
const whereInJson = (text: string, error: unknown): string => {
  const message = error instanceof Error ? error.message : '';
  const position = /position (\d+)/.exec(message);
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return ` (line ${lineColumn[1]}, column ${lineColumn[2]})`;
  if (!position) return '';
  const before = text.slice(0, Number(position[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return ` (line ${line}, column ${column})`;
};

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** Every `reference` string anywhere inside a resource, with the entry it sits in. */
const referencesIn = (value: unknown, found: string[]): string[] => {
  if (Array.isArray(value)) for (const item of value) referencesIn(item, found);
  else if (isObject(value)) {
    for (const [key, inner] of Object.entries(value)) {
      if (key === 'reference' && typeof inner === 'string') found.push(inner);
      else referencesIn(inner, found);
    }
  }
  return found;
};

/**
 * A reference that must be found inside the file: not one to a contained resource ("#med1"), and not a
 * conditional one ("Practitioner?identifier=…", as Synthea writes for practitioners and organisations),
 * which names a resource by identifier in the receiving system rather than by address.
 */
const mustResolve = (reference: string) => !reference.startsWith('#') && !reference.includes('?');

/**
 * Reads a FHIR R4 Bundle (issue 6) as JSON and checks its shape and that every reference inside it
 * points at an entry of the same file: Chartroom's own export (urn:uuid fullUrls), a Synthea-like
 * transaction or collection bundle, or a server's searchset with "Type/id" references. The plain
 * messages say what is wrong with the file and what to ask for instead.
 */
export const parseBundle = (text: string): ParsedBundle => {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return refuse(
      `The file is not valid JSON${whereInJson(text, error)}. It may be cut short or not a FHIR file: export it again from the other system.`,
    );
  }
  if (!isObject(json) || typeof json.resourceType !== 'string')
    return refuse('The file is JSON but not a FHIR resource (it has no resourceType). Pick a FHIR R4 Bundle.');
  if (json.resourceType !== 'Bundle')
    return refuse(
      `The file holds one FHIR ${json.resourceType}, not a Bundle. Export the patient's record as a FHIR R4 Bundle.`,
    );
  const bundle = json as unknown as Bundle;
  if (!Array.isArray(bundle.entry) || bundle.entry.length === 0)
    return refuse('The bundle has no entries: there is nothing in it to import.');

  const entries: BundleEntry[] = [];
  bundle.entry.forEach((entry, index) => {
    const resource = isObject(entry) ? entry.resource : undefined;
    if (!isObject(resource) || typeof resource.resourceType !== 'string')
      refuse(`Entry ${index + 1} of the bundle has no resource with a resourceType. The file is not R4-shaped.`);
    const typed = resource as Resource;
    const fullUrl =
      typeof entry.fullUrl === 'string' && entry.fullUrl !== ''
        ? entry.fullUrl
        : typed.id
          ? `${typed.resourceType}/${typed.id}`
          : refuse(
              `Entry ${index + 1} (${typed.resourceType}) has neither a fullUrl nor an id, so nothing can refer to it.`,
            );
    entries.push({ fullUrl, resource: typed });
  });

  const byAddress = new Map<string, BundleEntry>();
  for (const entry of entries) {
    byAddress.set(entry.fullUrl, entry);
    if (entry.resource.id) byAddress.set(`${entry.resource.resourceType}/${entry.resource.id}`, entry);
  }
  const resolve = (reference: string): BundleEntry | undefined => {
    const direct = byAddress.get(reference);
    if (direct) return direct;
    // An absolute URL ending in Type/id (a server's fullUrl) matches a relative "Type/id" and back.
    const relative = /([A-Za-z]+\/[A-Za-z0-9\-.]{1,64})(\/_history\/[^/]+)?$/.exec(reference)?.[1];
    return relative ? byAddress.get(relative) : undefined;
  };

  const unresolved = new Set<string>();
  for (const entry of entries)
    for (const reference of referencesIn(entry.resource, []))
      if (mustResolve(reference) && !resolve(reference)) unresolved.add(reference);
  if (unresolved.size > 0) {
    const first = [...unresolved].slice(0, 5);
    const more = unresolved.size > first.length ? ` and ${unresolved.size - first.length} more` : '';
    refuse(
      `The bundle refers to resources that are not in it: ${first.join(', ')}${more}. Nothing was imported. Ask the sender for a complete bundle (all referenced resources included).`,
    );
  }
  return { entries, resolve };
};
