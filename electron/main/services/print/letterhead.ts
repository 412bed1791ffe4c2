import { Temporal } from 'temporal-polyfill';
import { type ChartStore, repositories } from '../../../../db';
import type { Actor } from '../context';
import { usDate } from './formats';
import type { Letterhead, PageFrame } from './page-frame';

/** The practice's letterhead as set in practice settings, with its logo where one is printed. */
export const letterheadOf = (
  practice: repositories.practice.PracticeRow,
  logo: repositories.practice.LetterheadLogo | null,
): Letterhead => ({
  name: practice.name,
  address: [
    practice.addressLine1,
    practice.addressLine2,
    practice.city,
    [practice.state, practice.postalCode].filter(Boolean).join(' '),
  ]
    .filter(Boolean)
    .join(', '),
  phone: practice.phone,
  fax: practice.fax,
  logoDataUrl: logo ? `data:${logo.mediaType};base64,${logo.bytes.toString('base64')}` : null,
});

/** The letterhead of a printed page: the logo is read here, only when something is printed. */
export const printedLetterhead = (store: ChartStore, practice: repositories.practice.PracticeRow): Letterhead =>
  letterheadOf(practice, repositories.practice.getLetterheadLogo(store.db));

/**
 * Who a patient document is about, on every page (issue 6 "Page format"): "Lopez, Maria J. · DOB
 * 03/09/1961 · MRN 100234". Family name first, as a records clerk files it.
 */
export const patientSubject = (patient: repositories.patients.PatientRecord): string => {
  const given = [patient.legalGivenName, patient.legalMiddleName].filter(Boolean).join(' ');
  const name = [`${patient.legalFamilyName}, ${given}`, patient.suffix].filter(Boolean).join(' ');
  return `${name} · DOB ${usDate(patient.birthDate)} · MRN ${patient.mrn}`;
};

/** The zone printed times are in: the practice's, or this computer's when the practice has not set one. */
export const printZone = (practice: repositories.practice.PracticeRow): string =>
  practice.timeZone || Temporal.Now.timeZoneId();

/** "Printed 03/09/2026 8:05 AM by olivia", in the practice's zone. */
export const printedLine = (actor: Actor, at: Date, zone: string): string => {
  const when = Temporal.Instant.fromEpochMilliseconds(at.getTime()).toZonedDateTimeISO(zone).toLocaleString('en-US', {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: 'numeric',
    minute: '2-digit',
  });
  return `Printed ${when.replace(',', '')} by ${actor.username}`;
};

export const frameFor = (
  letterhead: Letterhead,
  document: { title: string; subject: string },
  printed: string,
): PageFrame => ({ letterhead, printed, ...document });
