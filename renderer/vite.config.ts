import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));

/**
 * The files pdf.js fetches at run time, copied into the bundle under pdfjs/ so the document viewer
 * never needs a network (SECURITY.md S13): the standard fonts (PDFs that name Helvetica or Times
 * without embedding them), the CMaps (CJK text), and the JavaScript decoders for JBIG2/CCITT and JPEG
 * 2000 images, the usual compressions of scanned pages. The WebAssembly versions are left out on
 * purpose: compiling them would need 'wasm-unsafe-eval' in the CSP, and the viewer runs with
 * useWasm: false instead (renderer/src/features/chart/documents/pdf-document.ts).
 */
const pdfjsRuntimeFiles = (): Plugin => {
  const root = fileURLToPath(new URL('../node_modules/pdfjs-dist/', import.meta.url));
  const folders = [
    { from: 'standard_fonts/', keep: () => true },
    { from: 'cmaps/', keep: () => true },
    { from: 'wasm/', keep: (name: string) => name.endsWith('_nowasm_fallback.js') || name.startsWith('LICENSE') },
  ];
  return {
    name: 'chartroom-pdfjs-runtime-files',
    apply: 'build',
    generateBundle() {
      for (const { from, keep } of folders) {
        for (const name of readdirSync(root + from).filter(keep)) {
          this.emitFile({ type: 'asset', fileName: `pdfjs/${from}${name}`, source: readFileSync(root + from + name) });
        }
      }
    },
  };
};

/**
 * The renderer bundle. `base: './'` keeps every asset path relative, so the same build loads from
 * file:// in Electron and from the preview server. No inline scripts are emitted, matching the CSP.
 */
export default defineConfig({
  root: here,
  base: './',
  plugins: [react(), pdfjsRuntimeFiles()],
  build: {
    outDir: fileURLToPath(new URL('../dist/renderer', import.meta.url)),
    emptyOutDir: true,
    // The module-preload polyfill is for old browsers; Electron's Chromium needs none.
    modulePreload: { polyfill: false },
    // Source maps would put readable source next to the app; the packaged build does not ship them.
    sourcemap: false,
    target: 'chrome130',
    // One bundle read from the local disk at startup: its size is not a download cost.
    chunkSizeWarningLimit: 1500,
  },
});
