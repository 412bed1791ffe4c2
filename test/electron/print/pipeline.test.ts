import { describe, expect, it } from 'vitest';
import { chromiumPdf, toPlaywrightPdf } from '../../../electron/main/preview/chromium-pdf';
import { html } from '../../../electron/main/services/print/html';
import { printedPage } from '../../../electron/main/services/print/page-frame';
import { letterPageSetup } from '../../../electron/main/services/print/pdf-port';
import { pdfPageTexts } from '../../helpers/pdf-text';

/** The document pipeline under every printed document (ARCHITECTURE.md section 6). */
const frame = {
  letterhead: {
    name: 'Harbor & Hill <Clinic>',
    address: '2 Pier Rd, Bay City, MI 48706',
    phone: '555-0100',
    fax: '',
    logoDataUrl: null,
  },
  title: 'Test document',
  subject: 'Subject "quoted"',
  printed: 'Printed 03/09/2026 8:00 AM by olivia',
};

describe('printed documents', () => {
  it('escapes every interpolated value, so stored text cannot add markup', () => {
    const name = `<img src=x onerror="alert(1)"> O'Brien & Co`;
    expect(html`<td>${name}</td>`.toString()).toBe(
      '<td>&lt;img src=x onerror=&quot;alert(1)&quot;&gt; O&#39;Brien &amp; Co</td>',
    );
    expect(html`<p>${[html`<b>${'a<b'}</b>`, 2, null, false]}</p>`.toString()).toBe('<p><b>a&lt;b</b>2</p>');
  });

  it('is a self-contained page: no scripts, links or external resources, and the letterhead escaped', () => {
    const page = printedPage(frame, html`<p>${'Body <text>'}</p>`);
    expect(page.html).not.toMatch(/<script|<link|src=|href=|url\(/i);
    expect(page.html).toContain('Body &lt;text&gt;');
    expect(page.options.headerTemplate).toContain('Harbor &amp; Hill &lt;Clinic&gt;');
    expect(page.options.footerTemplate).toContain(
      '<span class="pageNumber"></span> of <span class="totalPages"></span>',
    );
  });

  it('gives Playwright the same page setup the app gives printToPDF', () => {
    const { options } = printedPage(frame, html`<p>x</p>`);
    expect(options).toMatchObject(letterPageSetup);
    expect(toPlaywrightPdf(options)).toEqual({
      format: 'Letter',
      landscape: false,
      margin: {
        top: `${letterPageSetup.margins.top}in`,
        bottom: `${letterPageSetup.margins.bottom}in`,
        left: `${letterPageSetup.margins.left}in`,
        right: `${letterPageSetup.margins.right}in`,
      },
      printBackground: false,
      preferCSSPageSize: false,
      displayHeaderFooter: true,
      headerTemplate: options.headerTemplate,
      footerTemplate: options.footerTemplate,
      scale: 1,
      tagged: true,
    });
  });

  it('prints a long body on US Letter pages, each with the letterhead, the notice and its "Page X of Y"', async () => {
    const port = chromiumPdf();
    try {
      const rows = Array.from({ length: 150 }, (_, index) => html`<p>Line ${index + 1}</p>`);
      const page = printedPage(frame, html`${rows}`);
      const pdf = await port.htmlToPdf(page.html, page.options);
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      // US Letter: 612 × 792 points.
      expect(pdf.toString('latin1')).toMatch(/\/MediaBox \[0 0 612 792\]/);
      const pages = await pdfPageTexts(pdf);
      expect(pages.length).toBeGreaterThanOrEqual(3);
      for (const [index, text] of pages.entries()) {
        expect(text).toContain('Harbor & Hill <Clinic>');
        expect(text).toContain('2 Pier Rd, Bay City, MI 48706 · Phone 555-0100');
        expect(text).toContain('Test document Subject "quoted"');
        expect(text).toContain('CONFIDENTIAL: contains protected health information.');
        expect(text).toContain(`Page ${index + 1} of ${pages.length}`);
      }
      expect(pages.join('\n')).toContain('Line 150');
    } finally {
      await port.close();
    }
  });
});
