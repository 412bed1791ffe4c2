import { maxDocumentBytes, oversizedDocumentMessage } from '../../../../../electron/contract';

/**
 * Moving a document's bytes between the file picker, the main process and the viewer. The contract
 * carries them as base64 (the preview transport speaks JSON); nothing here ever writes them to disk.
 */

/** The size check made before anything is sent: the same limit and words as the main process. */
export const fileSizeProblem = (file: { size: number }): string | null =>
  file.size > maxDocumentBytes ? oversizedDocumentMessage(file.size) : null;

export const base64ToBytes = (base64: string): Uint8Array<ArrayBuffer> => {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
};

/** "Consult letter.pdf" -> "Consult letter": a first title staff can keep or reword. */
export const titleFromFileName = (name: string): string => {
  const dot = name.lastIndexOf('.');
  return (dot > 0 ? name.slice(0, dot) : name).replace(/[_]+/g, ' ').trim().slice(0, 200);
};
