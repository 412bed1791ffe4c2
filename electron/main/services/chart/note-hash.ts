import { createHash } from 'node:crypto';
import type { NoteSection } from '../../../contract/notes';

/**
 * The content hash of a signed note (SECURITY.md S10): SHA-256, lowercase hex, over this canonical
 * serialisation, built with fixed key order so the same note always gives the same bytes:
 *
 *   JSON.stringify({ noteId, patientId, encounterId, sections: [{ title, text }, ...], signedBy, signedAt })
 *
 * `signedBy` is the signer's user id and `signedAt` the ISO time of signing. The note's id is
 * included so the content of one note cannot be passed off as another's.
 */
export interface SignedContent {
  noteId: number;
  patientId: number;
  encounterId: number;
  sections: readonly NoteSection[];
  signedBy: number;
  signedAt: string;
}

/** The hex SHA-256 of a text's UTF-8 bytes. */
export const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

export const canonicalNote = (content: SignedContent): string =>
  JSON.stringify({
    noteId: content.noteId,
    patientId: content.patientId,
    encounterId: content.encounterId,
    sections: content.sections.map((section) => ({ title: section.title, text: section.text })),
    signedBy: content.signedBy,
    signedAt: content.signedAt,
  });

export const hashNote = (content: SignedContent): string => sha256(canonicalNote(content));

/**
 * An addendum's hash covers its own text, author and time, and the hash of the note it is under, so
 * it stays bound to that exact signed original:
 *
 *   JSON.stringify({ noteId, noteHash, patientId, authorId, at, text })
 */
export interface AddendumContent {
  noteId: number;
  noteHash: string;
  patientId: number;
  authorId: number;
  at: string;
  text: string;
}

export const canonicalAddendum = (content: AddendumContent): string =>
  JSON.stringify({
    noteId: content.noteId,
    noteHash: content.noteHash,
    patientId: content.patientId,
    authorId: content.authorId,
    at: content.at,
    text: content.text,
  });

export const hashAddendum = (content: AddendumContent): string => sha256(canonicalAddendum(content));
