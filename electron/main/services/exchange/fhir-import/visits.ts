import type { DocumentReference, Encounter } from '@medplum/fhirtypes';
import { foldForSearch } from '../../../../../db';
import {
  type DocumentFields,
  documentCategories,
  documentCategoryLabels,
  documentInputSchema,
  documentMediaTypes,
} from '../../../../contract/documents';
import {
  type EncounterFields,
  encounterInputSchema,
  encounterTypeLabels,
  encounterTypes,
} from '../../../../contract/encounters';
import { noteSectionSchema } from '../../../../contract/notes';
import { systems } from '../fhir/systems';
import type { BundleEntry } from './bundle';
import type { Mapped } from './chart-items';
import { codingIn, conceptText, localDate, pickFromList, validated } from './values';

/** "Dr. Maria Lopez, MD" and "maria lopez" are the same physician. */
const personKey = (name: string) =>
  foldForSearch(name.replace(/^(dr\.?|doctor)\s+/i, '').replace(/,?\s+(md|do|np|pa-c|pa)\.?$/i, ''));

export interface Physician {
  id: number;
  fullName: string;
}

/**
 * Encounter → encounter. Its provider must be an active physician here (the encounter form's rule), so
 * the performer's name is matched to one; an encounter whose provider is not a physician of this
 * practice is left out and counted rather than attributed to someone who did not see the patient.
 */
export const encounterFrom = (
  entry: BundleEntry,
  encounter: Encounter,
  zone: string,
  physicians: readonly Physician[],
  practitionerName: (reference: string) => string,
): Mapped<EncounterFields> => {
  if (encounter.status === 'entered-in-error' || encounter.status === 'cancelled')
    return { skipped: `Encounter (${encounter.status})` };
  const performerNames = (encounter.participant ?? []).map(
    (participant) =>
      participant.individual?.display ??
      (participant.individual?.reference ? practitionerName(participant.individual.reference) : ''),
  );
  const provider = physicians.find((physician) =>
    performerNames.some((name) => name && personKey(name) === personKey(physician.fullName)),
  );
  if (!provider) return { skipped: 'Encounter (provider is not a physician of this practice)' };
  const typeConcept = encounter.type?.[0];
  const ownCode = codingIn(typeConcept, systems.encounterType)?.code ?? '';
  const typeWords = conceptText(typeConcept);
  const type =
    pickFromList(ownCode, encounterTypes) ||
    pickFromList(typeWords, encounterTypes, encounterTypeLabels) ||
    (encounter.class?.code === 'VR' ? 'telephone' : 'other');
  const reason = encounter.reasonCode?.map(conceptText).filter(Boolean).join('; ') ?? '';
  return {
    fields: validated(
      encounterInputSchema,
      {
        date: localDate(encounter.period?.start, zone) ?? '',
        providerId: provider.id,
        type,
        // Another system's visit type that is not one of Chartroom's is kept in words as the reason.
        reason: (reason || (type === 'other' ? typeWords : '')).slice(0, 300),
      },
      entry,
    ),
  };
};

export interface ImportedNote {
  entry: BundleEntry;
  /** The bundle address of the note's encounter. */
  encounterAddress: string;
  title: string;
  text: string;
}

export interface ImportedDocument {
  entry: BundleEntry;
  fields: DocumentFields;
  file: { name: string; contentBase64: string };
}

const extensionOf: Record<string, string> = {
  'application/pdf': 'pdf',
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/tiff': 'tiff',
};

/**
 * DocumentReference → a note or a document. A plain-text attachment on an encounter is a visit note:
 * it is imported as a signed note under the importing user, opening with where it came from, because
 * it was signed (or not) elsewhere and must not be edited here as if it were a draft. A PDF or image
 * attachment becomes a document, checked by its bytes as any imported file is. Anything else is counted.
 */
export const documentReferenceFrom = (
  entry: BundleEntry,
  reference: DocumentReference,
  resolveEncounter: (address: string) => BundleEntry | undefined,
  today: string,
): { note: ImportedNote } | { document: ImportedDocument } | { skipped: string } => {
  if (reference.status === 'entered-in-error') return { skipped: 'DocumentReference (entered in error)' };
  const attachment = reference.content?.find((content) => content.attachment?.data)?.attachment;
  if (!attachment?.data) return { skipped: 'DocumentReference (no attached content)' };
  const mediaType = (attachment.contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (mediaType === 'text/plain') {
    const encounterAddress = reference.context?.encounter?.[0]?.reference;
    const encounter = encounterAddress ? resolveEncounter(encounterAddress) : undefined;
    if (!encounter) return { skipped: 'DocumentReference (note without an encounter)' };
    const text = Buffer.from(attachment.data, 'base64').toString('utf8');
    const title = reference.description?.split('\n')[0]?.trim() || conceptText(reference.type) || 'Imported note';
    validated(noteSectionSchema, { title: 'Imported note', text }, entry);
    return { note: { entry, encounterAddress: encounter.fullUrl, title: title.slice(0, 200), text } };
  }
  if (!(documentMediaTypes as readonly string[]).includes(mediaType))
    return { skipped: `DocumentReference (${mediaType || 'unknown file type'})` };
  const [title = '', ...comment] = (reference.description ?? '').split('\n');
  const categoryCode = codingIn(reference.category?.[0], systems.documentCategoryChartroom)?.code ?? '';
  const category =
    pickFromList(categoryCode, documentCategories) ||
    pickFromList(conceptText(reference.type), documentCategories, documentCategoryLabels) ||
    'outside-records';
  const name = attachment.title?.trim() || `document.${extensionOf[mediaType]}`;
  return {
    document: {
      entry,
      fields: validated(
        documentInputSchema,
        {
          title: title.trim() || attachment.title || conceptText(reference.type) || 'Imported document',
          category,
          documentDate: attachment.creation?.slice(0, 10) || reference.date?.slice(0, 10) || today,
          comment: comment.join(' ').trim(),
        },
        entry,
      ),
      file: { name, contentBase64: attachment.data },
    },
  };
};
