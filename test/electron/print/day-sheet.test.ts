import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scheduleRows } from '../../helpers/appointment-rows';
import { pdfPageTexts } from '../../helpers/pdf-text';
import { type Caller, createTestPractice, patientInput, type TestPractice } from '../../helpers/practice';
import { auditRowsAfter, lastAuditId } from '../../helpers/sentinel';

/**
 * The printed day sheet (issue 5) through the real router, the real store and system Chromium: the
 * PDF's text is read back with pdf.js and checked against what was booked.
 */
const zone = 'America/Chicago';
const day = '2026-03-09';

interface Booked {
  name: string;
  time: string;
  provider: 'park' | 'amy';
  cancelled: boolean;
}

let practice: TestPractice;
let frontDesk: Caller;
let parkId: number;
let amyId: number;
const booked: Booked[] = [];

const familyNames = [
  'Lopez',
  'Nguyen',
  'Okafor',
  'Schmidt',
  'Haddad',
  'Kowalski',
  'Tanaka',
  'Moreau',
  'Silva',
  'Byrne',
];
const givenNames = ['Ana', 'Ben', 'Cara', 'Dev', 'Eli', 'Fay'];
const clock = (minutesFromSeven: number) => {
  const total = 7 * 60 + minutesFromSeven;
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
};
/** "13:20" as the sheet prints it: "1:20 PM". */
const printed = (time: string) => {
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  return `${hour % 12 === 0 ? 12 : hour % 12}:${String(minute).padStart(2, '0')} ${hour < 12 ? 'AM' : 'PM'}`;
};

const daySheet = async (input: { date: string; providerIds?: number[] }) => {
  const result = await frontDesk.must('print.daySheet', input);
  const pages = await pdfPageTexts(Buffer.from(result.pdfBase64, 'base64'));
  return { result, pages, text: pages.join('\n') };
};

beforeAll(async () => {
  practice = await createTestPractice();
  const admin = await practice.signIn('office_manager');
  frontDesk = await practice.signIn('front_desk');
  const staff = await admin.must('users.list', {});
  parkId = staff.find((user) => user.role === 'physician')!.id;
  amyId = staff.find((user) => user.role === 'nurse')!.id;
  const rows = scheduleRows(practice.app, zone);
  rows.provider(parkId);
  rows.provider(amyId);
  const visit = rows.type('Follow-up', 10);
  const physical = rows.type('Annual physical', 30);
  const roomOne = rows.room('Exam 1');

  const patientIds: number[] = [];
  for (const [index, family] of familyNames.entries()) {
    for (const given of givenNames.slice(0, 3)) {
      const registered = await frontDesk.must('patients.register', {
        patient: patientInput({
          legalGivenName: given,
          legalFamilyName: family,
          birthDate: `19${50 + index}-0${(patientIds.length % 9) + 1}-1${index}`,
        }),
      });
      if (registered.status !== 'registered') throw new Error(`${given} ${family} was not registered`);
      patientIds.push(registered.patient.id);
      if (patientIds.length === 30) break;
    }
  }
  const nameOf = (index: number) => {
    const family = familyNames[Math.floor(index / 3)]!;
    return `${family}, ${givenNames[index % 3]}`;
  };
  // Dr. Park: 45 ten-minute visits from 7:00, every ninth cancelled; the nurse: 15 from 8:00, one cancelled.
  for (let index = 0; index < 45; index++) {
    const cancelled = index % 9 === 4;
    const time = clock(index * 10);
    rows.appointment(
      {
        patientId: patientIds[index % 30]!,
        providerId: parkId,
        typeId: visit,
        roomId: roomOne,
        date: day,
        time,
        minutes: 10,
        status: cancelled ? 'cancelled' : index < 6 ? 'checked-out' : 'scheduled',
        reason: `Visit reason ${index}`,
        cancelReason: cancelled ? `Called to cancel ${index}` : '',
      },
      parkId,
    );
    booked.push({ name: nameOf(index % 30), time, provider: 'park', cancelled });
  }
  for (let index = 0; index < 15; index++) {
    const cancelled = index === 7;
    const time = clock(60 + index * 30);
    rows.appointment(
      {
        patientId: patientIds[(index + 10) % 30]!,
        providerId: amyId,
        typeId: physical,
        date: day,
        time,
        minutes: 30,
        status: cancelled ? 'cancelled' : index === 2 ? 'no-show' : 'scheduled',
        reason: `Nurse visit ${index}`,
        cancelReason: cancelled ? 'Patient unwell' : '',
        doubleBooked: index === 3,
      },
      parkId,
    );
    booked.push({ name: nameOf((index + 10) % 30), time, provider: 'amy', cancelled });
  }
  // The next day's visit is not on this day's sheet.
  rows.appointment(
    {
      patientId: patientIds[0]!,
      providerId: parkId,
      typeId: visit,
      date: '2026-03-10',
      time: '07:00',
      minutes: 10,
      reason: 'Tomorrow only',
    },
    parkId,
  );
}, 120_000);

afterAll(() => practice?.cleanup());

describe('print.daySheet', () => {
  it('prints every page with the letterhead, the day, the providers, the notice and the right "Page X of Y"', async () => {
    const { result, pages } = await daySheet({ date: day });
    expect(result.fileName).toBe('day-sheet-2026-03-09.pdf');
    expect(result.pageCount).toBe(pages.length);
    expect(pages.length).toBeGreaterThanOrEqual(3);
    for (const [index, page] of pages.entries()) {
      expect(page, `page ${index + 1}`).toContain('Test Family Practice');
      expect(page).toContain('1 Test Way, Springfield, IL 62701');
      expect(page).toContain('Day sheet');
      expect(page).toContain('Monday, March 9, 2026 · All providers (2)');
      expect(page).toContain(`times in ${zone}`);
      expect(page).toContain('CONFIDENTIAL: contains protected health information.');
      expect(page).toContain(`Page ${index + 1} of ${pages.length}`);
      expect(page).not.toMatch(new RegExp(`Page \\d+ of (?!${pages.length}\\b)`));
    }
  });

  it('lists each booked visit in time order with its patient, and the cancelled ones apart after them', async () => {
    const { text } = await daySheet({ date: day });
    for (const provider of ['park', 'amy'] as const) {
      const heading = provider === 'park' ? 'Dr. Jun Park' : 'Amy Nurse';
      const start = text.indexOf(`${heading}\nMonday, March 9, 2026`);
      expect(start, heading).toBeGreaterThanOrEqual(0);
      const section = text.slice(start);
      const cancelledAt = section.indexOf('Cancelled (');
      let position = 0;
      for (const visit of booked.filter((each) => each.provider === provider && !each.cancelled)) {
        const found = section.indexOf(`${printed(visit.time)}`, position);
        expect(found, `${heading} ${visit.time}`).toBeGreaterThanOrEqual(position);
        expect(section.slice(found, found + 200), `${heading} ${visit.time}`).toContain(visit.name);
        expect(found).toBeLessThan(cancelledAt);
        position = found + 1;
      }
      const cancelled = booked.filter((each) => each.provider === provider && each.cancelled);
      expect(section.slice(cancelledAt)).toMatch(new RegExp(`^Cancelled \\(${cancelled.length}\\)`));
      for (const visit of cancelled) {
        const found = section.indexOf(printed(visit.time), cancelledAt);
        expect(found, `cancelled ${visit.time}`).toBeGreaterThan(cancelledAt);
        expect(section.slice(found, found + 200)).toContain(visit.name);
      }
    }
    expect(text).toContain('Dr. Jun Park · Monday, March 9, 2026');
    expect(text).toContain('Called to cancel 4');
    expect(text).toContain('Patient unwell');
    expect(text).toContain('Double-booked');
    expect(text).toContain('No-show');
    expect(text).toContain('Checked out');
    expect(text).toContain('Exam 1');
    expect(text).toContain('14 appointments · 1 no-show · 1 cancelled');
    expect(text).toContain('40 appointments · 5 cancelled');
    expect(text).not.toContain('Tomorrow only');
  });

  it("prints one provider's sheet when asked, and names that provider in the header", async () => {
    const { pages, text } = await daySheet({ date: day, providerIds: [amyId] });
    expect(pages).toHaveLength(1);
    expect(pages[0]).toContain('Monday, March 9, 2026 · Amy Nurse · times in');
    expect(pages[0]).toContain('Page 1 of 1');
    expect(text).not.toContain('Dr. Jun Park');
    expect(text).toContain('14 appointments · 1 no-show · 1 cancelled');
  });

  it('prints a day without appointments as such', async () => {
    const { pages } = await daySheet({ date: '2026-03-14', providerIds: [parkId] });
    expect(pages).toHaveLength(1);
    expect(pages[0]).toContain('Saturday, March 14, 2026');
    expect(pages[0]).toContain('No appointments booked.');
    expect(pages[0]).toContain('Page 1 of 1');
  });

  it('records the print in the audit log without patient details', async () => {
    const before = lastAuditId(practice.app.services.vault.store.sqlite);
    await frontDesk.must('print.daySheet', { date: day });
    const rows = auditRowsAfter(practice.app.services.vault.store.sqlite, before);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ action: 'print.day-sheet', outcome: 'success', username: 'frontdesk' });
    const detail = JSON.stringify(rows[0]);
    expect(detail).toContain('2026-03-09');
    expect(detail).toContain('60 appointments');
    for (const family of familyNames) expect(detail).not.toContain(family);
  });

  it.each([
    [{ date: '1900-03-09' }, 'between 2000 and 2100'],
    [{ date: '2026-02-30' }, 'not a real calendar date'],
    [{ date: '03/09/2026' }, 'YYYY-MM-DD'],
    [{ date: day, providerIds: [0] }, 'Provider'],
    [{ date: day, extra: true }, 'unexpected fields'],
  ])('refuses %j with a message that says what to fix, and prints nothing', async (input, message) => {
    const before = lastAuditId(practice.app.services.vault.store.sqlite);
    const result = await frontDesk.raw('print.daySheet', input);
    expect(result).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    expect(result.ok ? '' : result.error.message).toContain(message);
    expect(auditRowsAfter(practice.app.services.vault.store.sqlite, before)).toEqual([]);
  });

  it('refuses a provider that does not exist', async () => {
    const result = await frontDesk.call('print.daySheet', { date: day, providerIds: [parkId, 999_999] });
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', field: 'providerIds' } });
  });
});
