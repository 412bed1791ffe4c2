import { Html, html } from './html';
import { type PdfOptions, pdfOptions } from './pdf-port';

/**
 * The frame every printed page shares (ARCHITECTURE.md section 6, issue 6 "Page format"): the
 * practice letterhead and the document's subject at the top, the confidentiality notice and
 * "Page X of Y" at the bottom. They are Chromium's running header and footer, so they are on every
 * page whatever the body's length and the page numbers are Chromium's own. Fax-ready: black on
 * white, 10 pt or larger, nothing said by colour alone.
 */
export interface Letterhead {
  name: string;
  /** One line: street, city, state and postal code. */
  address: string;
  phone: string;
  fax: string;
  /** The practice logo as a data: URL (PNG or JPEG), printed in grey tones at the top left; null when none is set. */
  logoDataUrl: string | null;
}

export interface PageFrame {
  letterhead: Letterhead;
  /** What the document is, e.g. "Day sheet"; also the PDF's title. */
  title: string;
  /** Who or what it is about, e.g. the date and providers, or (issue 6) the patient's name, DOB and MRN. */
  subject: string;
  /** "Printed 3/9/2026 8:05 AM by olivia": when and by whom, in the practice's zone. */
  printed: string;
}

const confidentialityNotice =
  'CONFIDENTIAL: contains protected health information. If you received this in error, tell the sender and destroy it.';

const fontStack = "'DejaVu Sans', 'Liberation Sans', Arial, Helvetica, sans-serif";

/**
 * Chromium renders the header and footer templates in their own page with no stylesheet: every style is
 * inline. Ligatures are off so that "fi" stays two letters for text extraction and fax OCR.
 */
const runningStyle = `font-family:${fontStack};font-size:10pt;font-variant-ligatures:none;color:#000;width:100%;box-sizing:border-box;padding:0 0.6in;`;

const letterheadLine = (letterhead: Letterhead): string =>
  [
    letterhead.name,
    letterhead.address,
    letterhead.phone && `Phone ${letterhead.phone}`,
    letterhead.fax && `Fax ${letterhead.fax}`,
  ]
    .filter(Boolean)
    .join(' · ');

/** Grey tones keep a coloured logo legible on a black-and-white fax; its height fits the header's band. */
const logoImage = (dataUrl: string | null): Html | null =>
  dataUrl === null
    ? null
    : html`<img src="${dataUrl}" alt="" style="float:left;height:0.42in;max-width:1.6in;margin-right:8pt;filter:grayscale(1);">`;

const headerTemplate = (frame: PageFrame): Html => html`<div style="${runningStyle}">
  ${logoImage(frame.letterhead.logoDataUrl)}
  <div style="font-weight:bold;font-size:11pt;">${frame.letterhead.name}</div>
  <div style="font-size:10pt;">${letterheadLine({ ...frame.letterhead, name: '' })}</div>
  <div style="clear:both;display:flex;justify-content:space-between;gap:12pt;border-bottom:1pt solid #000;padding-bottom:2pt;margin-top:2pt;">
    <span style="font-weight:bold;">${frame.title}</span><span>${frame.subject}</span>
  </div>
</div>`;

const footerTemplate = (frame: PageFrame): Html => html`<div style="${runningStyle}">
  <div style="border-top:1pt solid #000;padding-top:2pt;">${confidentialityNotice}</div>
  <div style="display:flex;justify-content:space-between;gap:12pt;">
    <span>${frame.printed}</span>
    <span style="white-space:nowrap;">Page <span class="pageNumber"></span> of <span class="totalPages"></span></span>
  </div>
</div>`;

/** The body's stylesheet: plain black type on white, tables with ruled rows, headings that stay with their text. */
export const documentCss = new Html(`
  @page { size: letter; }
  html { -webkit-print-color-adjust: economy; }
  body { margin: 0; font-family: ${fontStack}; font-size: 10pt; font-variant-ligatures: none; line-height: 1.3; color: #000; background: #fff; }
  h1 { font-size: 14pt; margin: 0 0 4pt; }
  h2 { font-size: 12pt; margin: 10pt 0 4pt; break-after: avoid; }
  p { margin: 0 0 4pt; }
  table { width: 100%; border-collapse: collapse; }
  thead { display: table-header-group; }
  th, td { text-align: left; vertical-align: top; padding: 3pt 4pt; border-bottom: 0.75pt solid #000; }
  th { font-weight: bold; border-bottom-width: 1.5pt; }
  tr { break-inside: avoid; }
  section + section { break-before: page; }
  .muted { font-style: italic; }
  .nowrap { white-space: nowrap; }
  .text { white-space: pre-wrap; overflow-wrap: anywhere; }
  .fields th { width: 32%; border-bottom-width: 0.75pt; }
  .abnormal { font-weight: bold; }
  .preliminary { border: 2pt solid #000; padding: 6pt 8pt; margin: 0 0 8pt; font-size: 14pt; font-weight: bold; }
  .preliminary span { display: block; font-size: 10pt; font-weight: normal; }
  .hash { font-size: 10pt; overflow-wrap: anywhere; }
  .addendum { border-left: 2pt solid #000; padding: 0 0 0 6pt; margin: 8pt 0; }
  .signature { margin-top: 28pt; break-inside: avoid; }
`);

/** A complete, self-contained HTML document (no scripts, links or external resources) and its PDF options. */
export const printedPage = (frame: PageFrame, body: Html): { html: string; options: PdfOptions } => ({
  html: html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${frame.title} – ${frame.subject}</title>
<style>${documentCss}</style>
</head>
<body>${body}</body>
</html>`.toString(),
  options: pdfOptions({
    headerTemplate: headerTemplate(frame).toString(),
    footerTemplate: footerTemplate(frame).toString(),
  }),
});
