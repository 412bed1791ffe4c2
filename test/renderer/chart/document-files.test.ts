import { describe, expect, it } from 'vitest';
import {
  base64DecodedLength,
  formatFileSize,
  maxDocumentBytes,
  oversizedDocumentMessage,
} from '../../../electron/contract/documents';
import {
  base64ToBytes,
  fileSizeProblem,
  titleFromFileName,
} from '../../../renderer/src/features/chart/documents/file-transfer';

/** Issue 4, documents: the size check made before a file is sent, and the base64 the transports carry. */
describe('document files in the renderer', () => {
  it('says a file is too large in the words staff see, rounding up so it never reads as the limit', () => {
    expect(fileSizeProblem({ size: maxDocumentBytes })).toBeNull();
    expect(fileSizeProblem({ size: maxDocumentBytes + 1 })).toBe(
      'This file is 20.1 MB; the limit is 20 MB. Scan at a lower resolution or split the file.',
    );
    expect(oversizedDocumentMessage(32_925_000)).toBe(
      'This file is 31.4 MB; the limit is 20 MB. Scan at a lower resolution or split the file.',
    );
    expect(formatFileSize(1355)).toBe('2 KB');
    expect(formatFileSize(1)).toBe('1 byte');
    expect(formatFileSize(900)).toBe('900 bytes');
  });

  // Reading a picked file (FileReader) runs in the browser: test/e2e/documents.spec.ts imports through it.
  it('decodes the base64 the main process sends back to the same bytes, and sizes it without decoding', () => {
    const bytes = new Uint8Array(Array.from({ length: 1000 }, (_, i) => (i * 37) % 256));
    const base64 = Buffer.from(bytes).toString('base64');
    expect(base64DecodedLength(base64)).toBe(1000);
    expect(base64DecodedLength(Buffer.from([1, 2]).toString('base64'))).toBe(2);
    expect(base64ToBytes(base64)).toEqual(bytes);
  });

  it('starts the title from the file name', () => {
    expect(titleFromFileName('Consult letter.pdf')).toBe('Consult letter');
    expect(titleFromFileName('scan_2024_03_01.TIFF')).toBe('scan 2024 03 01');
    expect(titleFromFileName('.pdf')).toBe('.pdf');
  });
});
