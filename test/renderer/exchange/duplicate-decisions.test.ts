import { describe, expect, it } from 'vitest';
import type { MatchReason } from '../../../electron/contract';
import {
  type BundlePatient,
  createChoice,
  decisionsFor,
  initialChoice,
  initialChoices,
  mergeChoice,
  resourceCountsText,
  skipChoice,
} from '../../../renderer/src/features/exchange/fhir/duplicate-decisions';

const patient = (reference: string, fields: Partial<BundlePatient> = {}): BundlePatient => ({
  reference,
  name: `Patient ${reference}`,
  birthDate: '1980-02-03',
  sex: 'female',
  identifiers: [],
  resourceCounts: {},
  matches: [],
  ...fields,
});
const match = (patientId: number, reason: MatchReason) => ({
  patientId,
  mrn: `10000${patientId}`,
  name: 'Rivera, Ana',
  birthDate: '1980-02-03',
  reason,
});

describe('initialChoice', () => {
  it('adds a patient with no match as new', () => {
    expect(initialChoice(patient('a'))).toBe(createChoice);
  });

  it('chooses nothing when a chart here has the same MRN or the same name and date of birth', () => {
    expect(initialChoice(patient('a', { matches: [match(4, 'same-mrn')] }))).toBeNull();
    expect(initialChoice(patient('a', { matches: [match(4, 'same-name-dob')] }))).toBeNull();
  });

  it('still adds as new when the only match is a weak one, which the review shows', () => {
    expect(initialChoice(patient('a', { matches: [match(4, 'similar-name')] }))).toBe(createChoice);
  });

  it('keys every patient of the bundle by its reference', () => {
    expect(initialChoices([patient('a'), patient('b', { matches: [match(9, 'same-mrn')] })])).toEqual({
      a: createChoice,
      b: null,
    });
  });
});

describe('decisionsFor', () => {
  const patients = [patient('urn:uuid:1', { name: 'Ana Rivera' }), patient('urn:uuid:2', { name: 'Bo Chen' })];

  it('turns each choice into the decision the server takes', () => {
    expect(decisionsFor(patients, { 'urn:uuid:1': mergeChoice(42), 'urn:uuid:2': skipChoice })).toEqual({
      ready: true,
      decisions: [
        { reference: 'urn:uuid:1', action: 'merge', patientId: 42 },
        { reference: 'urn:uuid:2', action: 'skip' },
      ],
    });
    expect(decisionsFor(patients, { 'urn:uuid:1': createChoice, 'urn:uuid:2': createChoice })).toEqual({
      ready: true,
      decisions: [
        { reference: 'urn:uuid:1', action: 'create' },
        { reference: 'urn:uuid:2', action: 'create' },
      ],
    });
  });

  it('names the patients still to decide', () => {
    expect(decisionsFor(patients, { 'urn:uuid:1': null, 'urn:uuid:2': createChoice })).toEqual({
      ready: false,
      reason: 'Choose what to do with Ana Rivera before importing.',
    });
    expect(decisionsFor(patients, {})).toEqual({
      ready: false,
      reason: 'Choose what to do with Ana Rivera, Bo Chen before importing.',
    });
  });

  it('refuses a merge choice without a real chart id', () => {
    const outcome = decisionsFor([patients[0]!], { 'urn:uuid:1': 'merge:abc' });
    expect(outcome.ready).toBe(false);
  });

  it('has nothing to import when every patient is skipped or the file has none', () => {
    expect(decisionsFor(patients, { 'urn:uuid:1': skipChoice, 'urn:uuid:2': skipChoice })).toEqual({
      ready: false,
      reason: 'Every patient is set to Skip: there is nothing to import.',
    });
    expect(decisionsFor([], {})).toEqual({ ready: false, reason: 'The file holds no patient to import.' });
  });
});

describe('resourceCountsText', () => {
  it('lists the entries by type in a steady order, leaving out empty ones', () => {
    expect(resourceCountsText({ Observation: 1204, Condition: 3, Immunization: 0 })).toBe(
      '3 Condition · 1,204 Observation',
    );
    expect(resourceCountsText({})).toBe('Demographics only');
  });
});
