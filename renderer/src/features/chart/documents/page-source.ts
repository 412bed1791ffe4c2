import type { DocumentMediaType } from '../../../../../electron/contract';

/** A document the viewer shows page by page on a canvas: a PDF or a TIFF. */
export interface PageSource {
  pageCount: number;
  /** Draws one page (1-based), `cssWidth` pixels wide on screen. */
  draw(pageNumber: number, canvas: HTMLCanvasElement, cssWidth: number): Promise<void>;
  /** Frees what the source holds (pdf.js's worker); called when the viewer closes. */
  close(): Promise<void>;
}

/** Opens the bytes with the decoder their type needs; each decoder loads only when first used. */
export const openPageSource = async (bytes: Uint8Array, mediaType: DocumentMediaType): Promise<PageSource> => {
  if (mediaType === 'application/pdf') return (await import('./pdf-document')).openPdf(bytes);
  if (mediaType === 'image/tiff') return (await import('./tiff-document')).openTiff(bytes);
  throw new Error(`${mediaType} is shown as an image, not page by page.`);
};
