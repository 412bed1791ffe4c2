import { type Html, type HtmlValue, html } from '../html';

/**
 * Pieces every chart document is built from, so an empty list, a form's fields and a block of typed
 * text look the same in all of them.
 */

/** A list with nothing in it says so in words; an empty table would look like a printing fault. */
export const emptyState = (words: string): Html => html`<p class="muted">${words}</p>`;

const blank = (value: HtmlValue): boolean => value === '' || value === null || value === undefined || value === false;

/** Label and value rows, as a form prints them; a blank value prints as "Not recorded". */
export const fieldTable = (rows: readonly (readonly [string, HtmlValue])[]): Html =>
  html`<table class="fields"><tbody>${rows.map(
    ([label, value]) =>
      html`<tr><th scope="row">${label}</th><td>${blank(value) ? html`<span class="muted">Not recorded</span>` : value}</td></tr>`,
  )}</tbody></table>`;

/** Lines one under another, each escaped: an address, a list of what was released. */
export const brLines = (values: readonly HtmlValue[]): Html =>
  html`${values.map((value, index) => html`${index > 0 && html`<br>`}${value}`)}`;

/** Text as staff typed it: line breaks and blank lines kept, every character escaped. */
export const typedText = (text: string): Html => html`<div class="text">${text.trim()}</div>`;

/** "Mild", "Entered by hand": a stored key in words when the contract has no label for it. */
export const capitalised = (value: string): string =>
  value === '' ? '' : `${value.charAt(0).toUpperCase()}${value.slice(1).replace(/-/g, ' ')}`;
