import { openPageSource } from '../chart';

/**
 * A printed document's pages as PNG images, drawn once with pdf.js: the preview shows them and the
 * paper copy prints them, so what staff see is what comes out of the printer. 150 dots per inch is
 * plenty for a laser printer or a fax (200 × 100 dpi) and keeps a long day sheet light.
 */
const printDotsPerInch = 150;
const letterWidthInches = 8.5;

export interface PrintedPages {
  /** Object URLs of the page images, in order; revoke them with `release`. */
  urls: string[];
  release(): void;
}

const canvasToPng = (canvas: HTMLCanvasElement): Promise<Blob> =>
  new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('A page could not be drawn.'))), 'image/png'),
  );

export const drawPrintedPages = async (pdf: Uint8Array): Promise<PrintedPages> => {
  const source = await openPageSource(pdf, 'application/pdf');
  const urls: string[] = [];
  const release = () => {
    for (const url of urls) URL.revokeObjectURL(url);
  };
  try {
    const canvas = document.createElement('canvas');
    // draw() sizes the canvas as CSS width × the screen's pixel density; ask for print resolution.
    const cssWidth = (printDotsPerInch * letterWidthInches) / (window.devicePixelRatio || 1);
    for (let page = 1; page <= source.pageCount; page++) {
      await source.draw(page, canvas, cssWidth);
      urls.push(URL.createObjectURL(await canvasToPng(canvas)));
    }
    return { urls, release };
  } catch (error) {
    release();
    throw error;
  } finally {
    await source.close();
  }
};

/**
 * Hands a file the app made (a printed PDF, an exported FHIR bundle) to the browser's (or Electron's)
 * download, which asks where to save it. The bytes never pass through a temporary file of ours.
 */
export const saveFile = (bytes: Uint8Array<ArrayBuffer>, fileName: string, mediaType: string): void => {
  const url = URL.createObjectURL(new Blob([bytes], { type: mediaType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own copy once it starts; give it a moment before the bytes are freed.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
};
