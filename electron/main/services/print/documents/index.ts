import type { ChartStore } from '../../../../../db';
import { type ReleaseDocumentKind, type ReleaseItem, releaseDocumentLabels } from '../../../../contract/release';
import type { Html } from '../html';
import { allergyListBody } from './allergy-list';
import { chartSummaryBody } from './chart-summary';
import type { ReleaseContext } from './context';
import { demographicsBody } from './demographics';
import { disclosureAccountingBody } from './disclosure-accounting';
import { immunizationRecordBody } from './immunization-record';
import { labReportBody, panelLabel, reportedPanels } from './lab-report';
import { medicationListBody } from './medication-list';
import { problemListBody } from './problem-list';
import { referralLetterBody } from './referral-letter';
import { chosenNote, isSigned, noteLabel, visitNoteBody } from './visit-note';

export type { ReleaseContext } from './context';

/** One chart document, rendered from the store: a body for the page frame, and its name for the disclosure log. */
export interface ReleaseDocument {
  title: string;
  /** What was released in words, for the disclosure log, e.g. "Visit note 03/09/2026, Office visit (signed)". */
  logLabel: string;
  /** The document's own content, starting with its <h1>; the page frame adds the letterhead, patient and page numbers. */
  body: Html;
  /** Set when a chosen note is unsigned: its logLabel, for the PRELIMINARY warning and the packet's list. */
  unsignedNote?: string;
}

/** The lab report's name in the log: the panels it carries, or how many when it is all of them. */
const labReportLabel = (panels: ReturnType<typeof reportedPanels>, chosen: boolean): string => {
  const label = releaseDocumentLabels['lab-report'];
  if (!chosen) return `${label} (all panels: ${panels.length})`;
  return panels.length <= 5 ? `${label}: ${panels.map(panelLabel).join(', ')}` : `${label} (${panels.length} panels)`;
};

const fixed = (kind: ReleaseDocumentKind, body: Html): ReleaseDocument => ({
  title: releaseDocumentLabels[kind],
  logLabel: releaseDocumentLabels[kind],
  body,
});

/**
 * Renders one chosen item of a release from the store. A note or lab panel that is not on this
 * patient's chart (or does not exist) is refused with NOT_FOUND on the field "items".
 */
export const loadReleaseDocument = (store: ChartStore, context: ReleaseContext, item: ReleaseItem): ReleaseDocument => {
  switch (item.kind) {
    case 'chart-summary':
      return fixed(item.kind, chartSummaryBody(store, context));
    case 'demographics':
      return fixed(item.kind, demographicsBody(context));
    case 'problem-list':
      return fixed(item.kind, problemListBody(store, context));
    case 'medication-list':
      return fixed(item.kind, medicationListBody(store, context));
    case 'allergy-list':
      return fixed(item.kind, allergyListBody(store, context));
    case 'immunization-record':
      return fixed(item.kind, immunizationRecordBody(store, context));
    case 'disclosure-accounting':
      return fixed(item.kind, disclosureAccountingBody(store, context));
    case 'lab-report': {
      const chosen = item.panelIds !== undefined && item.panelIds.length > 0;
      const panels = reportedPanels(store, context, item.panelIds);
      return {
        title: releaseDocumentLabels['lab-report'],
        logLabel: labReportLabel(panels, chosen),
        body: labReportBody(store, context, panels),
      };
    }
    case 'visit-note': {
      const note = chosenNote(store, context, item.noteId);
      const logLabel = noteLabel(note);
      return {
        title: releaseDocumentLabels['visit-note'],
        logLabel,
        body: visitNoteBody(note, context),
        ...(isSigned(note.note) ? {} : { unsignedNote: logLabel }),
      };
    }
    case 'referral-letter':
      return {
        title: releaseDocumentLabels['referral-letter'],
        logLabel: `${releaseDocumentLabels['referral-letter']}: ${item.subject}`,
        body: referralLetterBody(store, context, item),
      };
  }
};
