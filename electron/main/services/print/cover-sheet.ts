import type { DisclosurePurpose, Recipient } from '../../../contract/release';
import { disclosurePurposeLabels } from '../../../contract/release';
import { brLines, fieldTable } from './documents/parts';
import { letterDate } from './formats';
import { type Html, html } from './html';
import type { Letterhead } from './page-frame';

/**
 * The fax cover sheet (issue 6 "Fax packet builder"): from, to, both fax and phone numbers, the date,
 * the page count including the cover, and the confidentiality notice in full. It is the packet's first
 * page and never runs onto a second, so the count printed on it can be settled before the final render.
 */
export interface CoverSheet {
  from: Letterhead;
  senderName: string;
  to: Recipient;
  /** The practice-zone date the packet is sent. */
  date: string;
  purpose: DisclosurePurpose;
  purposeDetail: string;
  message: string;
  /** Pages including this cover; a same-width placeholder on the first render. */
  pages: string;
}

export const coverSheetBody = (cover: CoverSheet): Html => html`<section class="cover-sheet" style="break-after:page;">
  <h1 style="font-size:20pt;margin-bottom:10pt;">FAX</h1>
  ${fieldTable([
    ['To', html`<strong>${cover.to.name}</strong>${cover.to.organisation ? html`<br>${cover.to.organisation}` : ''}`],
    ['Fax', cover.to.fax],
    ...(cover.to.phone ? [['Phone', cover.to.phone] as const] : []),
    ['From', brLines([cover.senderName, cover.from.name])],
    ['Fax', cover.from.fax || 'None on file'],
    ['Phone', cover.from.phone || 'None on file'],
    ['Date', letterDate(cover.date)],
    ['Pages', html`<strong>${cover.pages}</strong> including this cover sheet`],
    ['Purpose', cover.purpose === 'other' ? cover.purposeDetail : disclosurePurposeLabels[cover.purpose]],
  ])}
  ${cover.message ? html`<h2>Message</h2><p>${brLines(cover.message.split('\n'))}</p>` : null}
  <h2>Confidentiality notice</h2>
  <p>The pages that follow contain protected health information that is privileged and confidential under
  federal and state law (HIPAA, 45 CFR Parts 160 and 164). They are intended only for the recipient named
  above. If you are not that recipient, any review, use, disclosure or copying is prohibited: call the
  sender at the phone number above and destroy every page you received.</p>
  <p>If any page is missing or cannot be read, call the sender.</p>
</section>`;
