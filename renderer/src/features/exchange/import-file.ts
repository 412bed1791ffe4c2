import { maxImportFileBytes } from '../../../../electron/contract';
import { readAsBase64 } from '../../ui';

/** A picked file as the import procedures take it: its name for messages, its bytes as base64. */
export interface ImportFile {
  name: string;
  contentBase64: string;
}

const megabytes = (bytes: number): string => (bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '');

/** Why a picked file cannot be sent, checked before reading it; null when it may go. */
export const importFileProblem = (file: { name: string; size: number }): string | null =>
  file.size > maxImportFileBytes
    ? `${file.name} is ${megabytes(file.size)} MB; Chartroom imports files of up to ${megabytes(maxImportFileBytes)} MB. Ask the other system for a file per group of patients.`
    : null;

/** Reads a picked file for sending, or says why it cannot be sent. */
export const readImportFile = async (file: File): Promise<{ file: ImportFile } | { problem: string }> => {
  const problem = importFileProblem(file);
  if (problem) return { problem };
  try {
    return { file: { name: file.name, contentBase64: await readAsBase64(file) } };
  } catch {
    return { problem: `${file.name} could not be read. Check that it is still there and pick it again.` };
  }
};
