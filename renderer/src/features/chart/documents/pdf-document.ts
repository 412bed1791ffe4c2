import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import type { PageSource } from './page-source';

/**
 * A PDF opened with pdf.js for the document viewer. pdf.js is loaded only when a PDF is opened, so a
 * chart opens without it. Everything it needs is in the bundle (renderer/vite.config.ts copies its
 * fonts, CMaps and image decoders under pdfjs/): the worker is a script from 'self', which the CSP's
 * script-src already allows for workers, and useWasm is off so no WebAssembly has to be compiled
 * ('wasm-unsafe-eval' stays out of the CSP). The JavaScript decoders pdf.js falls back to handle the
 * JBIG2, CCITT and JPEG 2000 images of scanned pages.
 */

const bundled = (folder: string) => new URL(`pdfjs/${folder}/`, document.baseURI).href;

/** Opens the PDF; closing the source ends its worker and frees the document's memory. */
export const openPdf = async (bytes: Uint8Array): Promise<PageSource> => {
  const pdfjs = await import('pdfjs-dist');
  pdfjs.GlobalWorkerOptions.workerSrc = new URL(workerUrl, document.baseURI).href;
  const task = pdfjs.getDocument({
    // pdf.js takes ownership of the array it is given (moves it to its worker); a copy leaves the
    // viewer's bytes usable if the page is opened again.
    data: bytes.slice(),
    standardFontDataUrl: bundled('standard_fonts'),
    cMapUrl: bundled('cmaps'),
    cMapPacked: true,
    wasmUrl: bundled('wasm'),
    useWasm: false,
    enableXfa: false,
  });
  let pdf: Awaited<typeof task.promise>;
  try {
    pdf = await task.promise;
  } catch (error) {
    await task.destroy();
    // Why the PDF cannot be shown, in words for staff: the viewer shows the message as it is.
    if (error instanceof pdfjs.PasswordException)
      throw new Error(
        'This PDF is password-protected, so Chartroom cannot show it. Print the paper again and scan it, or ask the sender for a copy without a password.',
      );
    throw new Error(`This PDF could not be read: ${error instanceof Error ? error.message : String(error)}.`);
  }
  let current: ReturnType<Awaited<ReturnType<typeof pdf.getPage>>['render']> | null = null;
  return {
    pageCount: pdf.numPages,
    async draw(pageNumber, canvas, cssWidth) {
      current?.cancel();
      const page = await pdf.getPage(pageNumber);
      const scale = cssWidth / page.getViewport({ scale: 1 }).width;
      const density = window.devicePixelRatio || 1;
      const viewport = page.getViewport({ scale: scale * density });
      canvas.width = Math.floor(viewport.width);
      canvas.height = Math.floor(viewport.height);
      canvas.style.width = `${Math.floor(viewport.width / density)}px`;
      canvas.style.height = `${Math.floor(viewport.height / density)}px`;
      const task = page.render({ canvas, viewport });
      current = task;
      try {
        await task.promise;
      } catch (error) {
        // A newer page or zoom replaced this drawing; that is not a failure.
        if (error instanceof pdfjs.RenderingCancelledException) return;
        throw error;
      } finally {
        if (current === task) current = null;
      }
    },
    close: () => task.destroy(),
  };
};
