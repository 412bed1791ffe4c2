import { type ChartStore, repositories } from '../../../../db';
import { ChartroomError } from '../../../contract/errors';
import type { PrintedDocumentDto } from '../../../contract/print';
import type { ParsedInputOf } from '../../../contract/procedures';
import { recordAudit } from '../audit';
import type { Actor } from '../context';
import { type DaySheet, daySheetBody, daySheetSections, daySheetSubject } from './day-sheet';
import { frameFor, printedLetterhead, printedLine, printZone } from './letterhead';
import { printedPage } from './page-frame';
import { pdfPageCount } from './pdf-pages';
import type { PdfPort } from './pdf-port';

/**
 * Documents rendered from the store to PDF (ARCHITECTURE.md section 6). Each print reads what it
 * needs, renders self-contained HTML, has the PDF port turn it into a PDF in memory, and records the
 * print in the audit log. Nothing is written to disk: the PDF goes back to the window that asked.
 */
export class PrintService {
  readonly #store: () => ChartStore;
  readonly #pdf: PdfPort;
  readonly #now: () => Date;

  constructor(store: () => ChartStore, pdf: PdfPort, now: () => Date = () => new Date()) {
    this.#store = store;
    this.#pdf = pdf;
    this.#now = now;
  }

  async daySheet(actor: Actor, input: ParsedInputOf<'print.daySheet'>): Promise<PrintedDocumentDto> {
    const store = this.#store();
    const practice = repositories.practice.getPractice(store.db);
    if (!practice)
      throw new ChartroomError('STORE_CORRUPT', 'The practice details are missing. Restore from a backup.');
    const chosen = input.providerIds ? [...new Set(input.providerIds)] : undefined;
    const providers = repositories.daySheet.providersForDay(store.db, input.date, chosen);
    if (chosen && providers.length < chosen.length) {
      throw new ChartroomError(
        'NOT_FOUND',
        'One of the chosen providers is not in Chartroom. Reload the calendar and choose the providers again.',
        'providerIds',
      );
    }
    const rows = repositories.daySheet.appointmentsOnDay(store.db, input.date, chosen);
    const zone = printZone(practice);
    const sheet: DaySheet = { date: input.date, zone, sections: daySheetSections(providers, rows) };
    const page = printedPage(
      frameFor(
        printedLetterhead(store, practice),
        { title: 'Day sheet', subject: daySheetSubject(sheet, chosen === undefined) },
        printedLine(actor, this.#now(), zone),
      ),
      daySheetBody(sheet),
    );
    const pdf = await this.#pdf.htmlToPdf(page.html, page.options);
    const pageCount = pdfPageCount(pdf);
    recordAudit(store, {
      ...actor,
      action: 'print.day-sheet',
      entity: 'day-sheet',
      entityId: input.date,
      detail: `${chosen ? `${providers.length} chosen` : 'all'} providers, ${rows.length} appointments, ${pageCount} pages`,
    });
    return { fileName: `day-sheet-${input.date}.pdf`, pdfBase64: pdf.toString('base64'), pageCount };
  }
}
