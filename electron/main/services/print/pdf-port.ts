/**
 * The PDF port (ARCHITECTURE.md section 6): self-contained HTML in, PDF bytes out, through Chromium's
 * print engine. The app uses Electron's webContents.printToPDF (electron/main/shell/print-to-pdf.ts);
 * the preview, the CLI and the tests use system Chromium through Playwright's page.pdf
 * (electron/main/preview/chromium-pdf.ts). Both receive the same options object, built from the one
 * page setup below, so a document paginates the same way in the app and in its tests.
 * Neither writes a file: the HTML goes in as a string and the PDF comes back as a Buffer, so no
 * PHI is ever left in a temp folder (SECURITY.md S1).
 */
export interface PdfMarginsInches {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** The options both ports pass to Chromium, named as Electron's PrintToPDFOptions names them. */
export interface PdfOptions {
  pageSize: 'Letter';
  landscape: boolean;
  margins: PdfMarginsInches;
  /** Fax-ready pages are black on white: background colours and images are never printed. */
  printBackground: false;
  preferCSSPageSize: false;
  displayHeaderFooter: true;
  /** Chromium fills `pageNumber` and `totalPages` elements in these per page, so "Page X of Y" is exact. */
  headerTemplate: string;
  footerTemplate: string;
  scale: 1;
  generateTaggedPDF: true;
}

export interface PdfPort {
  htmlToPdf(html: string, options: PdfOptions): Promise<Buffer>;
  /** Frees the engine (closes the browser or window); printing again starts it anew. */
  close(): Promise<void>;
}

/** US Letter, portrait, with room above and below the text for the letterhead and the footer. */
export const letterPageSetup = {
  pageSize: 'Letter',
  landscape: false,
  margins: { top: 1.05, bottom: 0.85, left: 0.6, right: 0.6 },
  printBackground: false,
  preferCSSPageSize: false,
  displayHeaderFooter: true,
  scale: 1,
  generateTaggedPDF: true,
} as const satisfies Omit<PdfOptions, 'headerTemplate' | 'footerTemplate'>;

/** The options for one document: the page setup with that document's running header and footer. */
export const pdfOptions = (frame: { headerTemplate: string; footerTemplate: string }): PdfOptions => ({
  ...letterPageSetup,
  margins: { ...letterPageSetup.margins },
  ...frame,
});

/** Used when the process that started Chartroom gave it no PDF engine (the CLI, the benchmarks). */
export const noPdfEngine: PdfPort = {
  htmlToPdf: () =>
    Promise.reject(new Error('This Chartroom process has no PDF engine; print from the app or the preview.')),
  close: async () => {},
};
