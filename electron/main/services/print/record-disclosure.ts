import { type ChartStore, repositories } from '../../../../db';
import type { DisclosureMedium, DisclosurePurpose, Recipient } from '../../../contract/release';
import { type AuditEvent, recordAudit } from '../audit';
import type { Actor } from '../context';

/** What left the practice, to whom and why: one row of the accounting of disclosures. */
export interface Disclosure {
  patientId: number;
  at: Date;
  medium: DisclosureMedium;
  /** Only the name when that is all the release knows (a whole-practice export). */
  recipient: Pick<Recipient, 'name'> & Partial<Recipient>;
  purpose: DisclosurePurpose;
  purposeDetail?: string;
  /** What was released, in words, as the accounting lists it. */
  items: string[];
  pageCount?: number;
  sha256: string;
}

/**
 * Writes one disclosure row and, given an audit action and detail, its audit row about that row.
 * Call it inside the caller's transaction, so the release and its records stand or fall together.
 */
export const recordDisclosure = (
  store: ChartStore,
  actor: Actor,
  disclosure: Disclosure,
  audit: Pick<AuditEvent, 'action' | 'detail'> | null,
): repositories.disclosures.DisclosureRow => {
  const { recipient } = disclosure;
  const row = repositories.disclosures.insertDisclosure(store.db, {
    patientId: disclosure.patientId,
    at: disclosure.at.toISOString(),
    medium: disclosure.medium,
    recipientName: recipient.name,
    recipientOrganisation: recipient.organisation,
    recipientAddress: recipient.address,
    recipientPhone: recipient.phone,
    recipientFax: recipient.fax,
    purpose: disclosure.purpose,
    purposeDetail: disclosure.purposeDetail,
    items: JSON.stringify(disclosure.items),
    pageCount: disclosure.pageCount,
    sha256: disclosure.sha256,
    userId: actor.userId,
    workstation: actor.workstation,
  });
  if (audit)
    recordAudit(store, {
      ...actor,
      ...audit,
      patientId: disclosure.patientId,
      entity: 'disclosure',
      entityId: row.id,
    });
  return row;
};
