import { type Browser, chromium } from 'playwright-core';
import type { PdfOptions, PdfPort } from '../services/print/pdf-port';

/**
 * The PDF port on system Chromium through Playwright's page.pdf, for the preview, the CLI and the
 * tests (ARCHITECTURE.md section 6). playwright-core is a development dependency, so only those
 * entry points import this file; the app's main bundle uses electron/main/shell/print-to-pdf.ts.
 * The browser starts at the first print and is reused; each document gets a fresh context with
 * JavaScript off and every request refused (the HTML is self-contained), and is rendered from a
 * string, so nothing is written to disk (SECURITY.md S1).
 */
export const systemChromium = '/usr/bin/chromium';
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const inches = (value: number) => `${value}in`;

/** The shared options in page.pdf's names. */
export const toPlaywrightPdf = (options: PdfOptions) => ({
  format: options.pageSize,
  landscape: options.landscape,
  margin: {
    top: inches(options.margins.top),
    bottom: inches(options.margins.bottom),
    left: inches(options.margins.left),
    right: inches(options.margins.right),
  },
  printBackground: options.printBackground,
  preferCSSPageSize: options.preferCSSPageSize,
  displayHeaderFooter: options.displayHeaderFooter,
  headerTemplate: options.headerTemplate,
  footerTemplate: options.footerTemplate,
  scale: options.scale,
  tagged: options.generateTaggedPDF,
});

export const chromiumPdf = (executablePath = systemChromium): PdfPort => {
  let browser: Promise<Browser> | null = null;
  const started = () => {
    browser ??= chromium.launch({ executablePath, args: chromiumArgs, headless: true }).catch((error: unknown) => {
      browser = null;
      throw error;
    });
    return browser;
  };
  return {
    async htmlToPdf(html, options) {
      const context = await (await started()).newContext({ javaScriptEnabled: false, offline: true });
      try {
        await context.route('**/*', (route) => route.abort());
        const page = await context.newPage();
        await page.setContent(html, { waitUntil: 'load' });
        return await page.pdf(toPlaywrightPdf(options));
      } finally {
        await context.close();
      }
    },
    async close() {
      const running = browser;
      browser = null;
      // A browser that never started has nothing to close.
      await running?.then(
        (each) => each.close(),
        () => undefined,
      );
    },
  };
};
