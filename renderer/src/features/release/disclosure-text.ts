import {
  type DisclosureDto,
  type DisclosurePurpose,
  disclosureMediumLabels,
  disclosurePurposeLabels,
} from '../../../../electron/contract';

/** The purpose as the accounting lists it: the words staff typed for "other". */
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
