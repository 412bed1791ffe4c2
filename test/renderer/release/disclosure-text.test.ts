import { describe, expect, it } from 'vitest';
import type { DisclosureDto } from '../../../electron/contract';
import { pagesText, purposeText, recordedText } from '../../../renderer/src/features/release/disclosure-text';
import { formatDateTime } from '../../../renderer/src/ui/format';

const disclosure: DisclosureDto = {
  id: 3,
  patientId: 7,
  at: '2026-03-09T15:30:00.000Z',
  medium: 'fax',
  recipient: { name: 'Dr. Ana Ruiz', organisation: 'Harbor Cardiology', address: '', phone: '', fax: '2075550190' },
  purpose: 'continuity-of-care',
  purposeDetail: '',
  items: ['Fax cover sheet', 'Chart summary'],
  pageCount: 6,
  username: 'frontdesk',
  userFullName: 'Sam Front',
};

describe('a disclosure in words', () => {
  it('shows the time on the practice clock, whatever the workstation’s zone', () => {
    expect(formatDateTime(disclosure.at, 'America/New_York')).toMatch(/^Mar 9, 2026, 11:30\sAM$/);
    expect(formatDateTime(disclosure.at, 'America/Los_Angeles')).toMatch(/^Mar 9, 2026, 8:30\sAM$/);
    expect(formatDateTime('not a time', 'America/New_York')).toBe('not a time');
  });

  it('names the purpose, with the detail for "other"', () => {
    expect(purposeText('insurance', '')).toBe('Insurance');
    expect(purposeText('other', 'School physical form')).toBe('Other: School physical form');
    expect(purposeText('other', '')).toBe('Other');
  });

  it('counts pages, and says nothing for an export that has none', () => {
    expect(pagesText(1)).toBe('1 page');
    expect(pagesText(6)).toBe('6 pages');
    expect(pagesText(null)).toBe('');
  });

  it('confirms what was recorded', () => {
    expect(recordedText(disclosure)).toBe('Fax packet to Dr. Ana Ruiz (Harbor Cardiology), 6 pages.');
    expect(
      recordedText({
        ...disclosure,
        medium: 'fhir-export',
        pageCount: null,
        recipient: { ...disclosure.recipient, organisation: '' },
      }),
    ).toBe('Electronic export (FHIR) to Dr. Ana Ruiz.');
  });
});
