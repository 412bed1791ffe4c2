import {
  type DisclosureDto,
  type DisclosurePurpose,
  disclosureMediumLabels,
  disclosurePurposeLabels,
} from '../../../../electron/contract';

/**
 * A disclosure in words, as the accounting lists it. Times are shown on the practice's clock (its
 * schedule time zone; '' = this computer's), whatever zone the workstation is set to.
 */
export const disclosureTime = (iso: string, timeZone: string): string => {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  return new Intl.DateTimeFormat('en-US', {
    dateStyle: 'medium',
    timeStyle: 'short',
    ...(timeZone ? { timeZone } : {}),
  }).format(at);
};

export const purposeText = (purpose: DisclosurePurpose, detail: string): string =>
  purpose === 'other' && detail ? `Other: ${detail}` : disclosurePurposeLabels[purpose];

export const pagesText = (pageCount: number | null): string =>
  pageCount === null ? '' : `${pageCount} ${pageCount === 1 ? 'page' : 'pages'}`;

/** "Fax packet to Dr. Ana Ruiz (Harbor Cardiology), 6 pages." */
export const recordedText = (disclosure: DisclosureDto): string => {
  const { name, organisation } = disclosure.recipient;
  const to = organisation ? `${name} (${organisation})` : name;
  const pages = pagesText(disclosure.pageCount);
  return `${disclosureMediumLabels[disclosure.medium]} to ${to}${pages ? `, ${pages}` : ''}.`;
};
