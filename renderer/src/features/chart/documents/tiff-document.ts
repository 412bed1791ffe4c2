import * as UTIF from 'utif2';
import type { PageSource } from './page-source';

/**
 * A TIFF's pages for the document viewer (multi-page scans are usually TIFF). utif2 decodes the
 * compressions scanners write (none, CCITT G3/G4, LZW, PackBits, JPEG, Deflate) in plain JavaScript;
 * each page is decoded only when it is shown.
 */
export const openTiff = (bytes: Uint8Array): PageSource => {
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  // Sub-images without a size (EXIF blocks, thumbnails' leftovers) are not pages.
  const pages = UTIF.decode(buffer).filter((ifd) => ifd.t256 !== undefined && ifd.t257 !== undefined);
  if (pages.length === 0) throw new Error('This TIFF has no pages Chartroom can show.');
  return {
    pageCount: pages.length,
    // Drawn at the page's own pixel size and scaled with CSS: a scan's pixels are all there is.
    async draw(pageNumber, canvas, cssWidth) {
      const ifd = pages[pageNumber - 1];
      if (!ifd) return;
      // A zoom only rescales the canvas; the pixels are decoded again only for another page.
      if (canvas.dataset.page !== String(pageNumber)) {
        if (!ifd.data) UTIF.decodeImage(buffer, ifd);
        const rgba = UTIF.toRGBA8(ifd);
        canvas.width = ifd.width;
        canvas.height = ifd.height;
        canvas.getContext('2d')?.putImageData(new ImageData(new Uint8ClampedArray(rgba), ifd.width, ifd.height), 0, 0);
        canvas.dataset.page = String(pageNumber);
      }
      canvas.style.width = `${Math.floor(cssWidth)}px`;
      canvas.style.height = 'auto';
    },
    // Decoded pages are plain arrays on the IFDs: they go when the viewer lets go of the source.
    close: async () => {},
  };
};
