import type { InputOf } from '../../electron/contract/procedures';
import { startChartroom } from '../../electron/main/bootstrap';
import { chromiumPdf } from '../../electron/main/preview/chromium-pdf';
import { demoStaff } from '../../electron/main/services/synthetic/demo-practice';
import { routerCaller } from '../../electron/main/services/synthetic/router-caller';
import { benchCharts } from './chart-bench';
import type { TimedRow } from './report';
import { signIn } from './sign-in';
import { summarise, timeRuns } from './stats';

/** Issue 6's closing note asks for the time to render a 50-page records PDF. */
export const recordsPdfPages = 50;
/** No budget for printing in ARCHITECTURE.md section 9: 10 s for 50 pages is what staff wait for a fax packet. */
const recordsPdfBudgetMs = 10_000;

type ReleaseItems = InputOf<'release.prepare'>['items'];

const recipient = {
  name: 'Dr. Bench Recipient',
  organisation: 'Springfield Cardiology',
  address: '2 Bench Row\nSpringfield, IL 62701',
  phone: '(217) 555-0110',
  fax: '(217) 555-0111',
};

/** Five years of monthly panels: what a specialist asks for, about 20 pages of the lab report. */
const labPanelsReleased = 60;

/**
 * Renders a records packet of about 50 pages from the heavy bench chart through `release.prepare` on
 * the router, as the renderer asks for it, with system Chromium as the PDF engine (the one the preview
 * and the tests use). The bench practice runs without a PDF engine, so this opens its own app on the
 * same folder and closes it, with Chromium, afterwards.
 *
 * The packet is the chart summary, the lab results report for the 60 most recent panels, and enough
 * signed visit notes to reach 50 pages. How many notes that takes is measured, not assumed (the
 * templates change): the summary and report are laid out once, ten notes once, and the notes per page
 * follow. Those two layouts start Chromium; one more warm-up precedes each set of timed runs. The same
 * packet is then timed as a fax packet: its cover sheet states the page count, so it is laid out twice.
 */
export const measureRecordsPdf = async (dir: string, runs = 5): Promise<TimedRow[]> => {
  const physician = demoStaff.find((staff) => staff.role === 'physician');
  if (!physician) throw new Error('records PDF bench: the demo staff has no physician');
  const pdf = chromiumPdf();
  const app = startChartroom({ dataDir: dir, appVersion: 'bench', log: () => {}, scheduleBackups: false, pdf });
  try {
    const connection = await signIn(app, physician, app.openConnection('cli', 'bench-records'));
    const call = routerCaller(app, connection, 'records PDF bench');
    const patientId = benchCharts(app).heavy.patientId;
    const { notes, labPanels } = await call('release.items', { patientId });
    const signedNotes = notes.filter((note) => note.signed);

    const prepare = async (items: ReleaseItems, coverSheet = false): Promise<number> => {
      const input: InputOf<'release.prepare'> = {
        patientId,
        items,
        recipient,
        purpose: 'continuity-of-care',
        coverSheet,
      };
      return (await call('release.prepare', input)).pageCount;
    };
    const noteItems = (count: number): ReleaseItems =>
      signedNotes.slice(0, count).map((note) => ({ kind: 'visit-note', noteId: note.noteId }));

    const panelIds = labPanels.slice(0, labPanelsReleased).map((panel) => panel.panelId);
    const base: ReleaseItems = [{ kind: 'chart-summary' }, { kind: 'lab-report', panelIds }];
    const basePages = await prepare(base);
    const sampleNotes = Math.min(10, signedNotes.length);
    const pagesPerNote = sampleNotes === 0 ? 1 : (await prepare(noteItems(sampleNotes))) / sampleNotes;
    const noteCount = Math.min(
      signedNotes.length,
      Math.max(0, Math.round((recordsPdfPages - basePages) / pagesPerNote)),
    );
    const packet = [...base, ...noteItems(noteCount)];
    const contents = `chart summary + lab report (${panelIds.length} panels) = ${basePages} pages, + ${noteCount} signed notes`;

    let pages = 0;
    const plain = await timeRuns(
      runs,
      async () => {
        pages = await prepare(packet);
      },
      1,
    );
    let faxPages = 0;
    const fax = await timeRuns(
      runs,
      async () => {
        faxPages = await prepare(packet, true);
      },
      1,
    );
    const budgetFor = (n: number) => Math.round((recordsPdfBudgetMs * n) / recordsPdfPages);
    return [
      {
        measure: `records PDF, ${pages} pages (release.prepare, Chromium)`,
        summary: summarise(plain),
        budgetMs: budgetFor(pages),
        note: `${contents}; budget 10 s per 50 pages`,
      },
      {
        measure: `fax packet, ${faxPages} pages with cover (laid out twice)`,
        summary: summarise(fax),
        budgetMs: budgetFor(faxPages),
      },
    ];
  } finally {
    // Chromium is closed first and awaited (the app's close does not wait), so it is gone before the next measure.
    await pdf.close();
    app.close();
  }
};
