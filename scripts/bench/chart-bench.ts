import { repositories } from '../../db';
import type { ChartroomApp, Connection } from '../../electron/main/bootstrap';
import { findBenchmarkCharts } from '../../electron/main/services/synthetic/practice';
import type { TimedRow } from './report';
import { summarise, timeRuns } from './stats';

/** One of the generated practice's benchmark charts (issue 4's "patient with 1,000 encounters", or a typical one). */
export interface BenchChart {
  patientId: number;
  mrn: string;
  /** As the finder and the banner name the patient: "Family, Given". */
  listName: string;
  encounters: number;
}

/**
 * The typical chart and the first 1,000-encounter chart of the practice the bench runs on, as the
 * generator made them (electron/main/services/synthetic: registration notes mark them; no name
 * gives them away in the demo).
 */
export const benchCharts = (app: ChartroomApp): { typical: BenchChart; heavy: BenchChart } => {
  const db = app.services.vault.store.db;
  const marked = findBenchmarkCharts(app.services.vault.store);
  const chart = (patientId: number | null | undefined): BenchChart => {
    const patient = patientId ? repositories.patients.getPatient(db, patientId) : undefined;
    if (!patient)
      throw new Error(
        'bench: the practice has no benchmark charts; delete its .bench-cache folder to generate it again',
      );
    return {
      patientId: patient.id,
      mrn: patient.mrn,
      listName: `${patient.legalFamilyName}, ${patient.legalGivenName}`,
      encounters: repositories.faceSheet.encounterCount(db, patient.id),
    };
  };
  return { typical: chart(marked.typical), heavy: chart(marked.heavy[0]) };
};

/** Chart open as the renderer does it: the patient (banner), then the face sheet. */
export const measureChartOpen = async (
  app: ChartroomApp,
  connection: Connection,
  runs: number,
): Promise<TimedRow[]> => {
  const rows: TimedRow[] = [];
  const { typical, heavy } = benchCharts(app);
  for (const { patientId, encounters } of [typical, heavy]) {
    const samples = await timeRuns(runs, async () => {
      const patient = await app.call(connection, 'patients.get', { patientId });
      const sheet = await app.call(connection, 'chart.faceSheet', { patientId });
      if (!patient.ok || !sheet.ok) throw new Error('bench chart: open failed');
    });
    rows.push({
      measure: `chart open: face sheet, ${encounters.toLocaleString('en-US')} encounters (router)`,
      summary: summarise(samples),
      budget: 'chart-open',
    });
  }
  return rows;
};
