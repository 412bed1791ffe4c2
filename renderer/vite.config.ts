import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));

/**
 * The renderer bundle. `base: './'` keeps every asset path relative, so the same build loads from
 * file:// in Electron and from the preview server. No inline scripts are emitted, matching the CSP.
 */
export default defineConfig({
  root: here,
  base: './',
  plugins: [react()],
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
