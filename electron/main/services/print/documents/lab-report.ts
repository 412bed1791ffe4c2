import { type ChartStore, repositories } from '../../../../../db';
import { type LabFlag, labFlagLabels } from '../../../../contract/lab-ranges';
import { usWallClock } from '../formats';
import { type Html, html } from '../html';
import { onPatientChart } from './chart-guard';
import type { ReleaseContext } from './context';
import { emptyState } from './parts';

type LabPanelRow = repositories.labs.LabPanelRow;
type LabObservationRow = repositories.labs.LabObservationRow;

/** The panels a report covers: the chosen ones (each must be on this chart), or every current panel. */
export const reportedPanels = (
  store: ChartStore,
  context: ReleaseContext,
  panelIds: readonly number[] | undefined,
): LabPanelRow[] =>
  panelIds === undefined || panelIds.length === 0
    ? repositories.labs.panels.list(store.db, context.patient.id).filter((panel) => !panel.retired)
    : [...new Set(panelIds)]
        .map((id) => onPatientChart(repositories.labs.panels.get(store.db, id), context, 'lab panel'))
        .sort((a, b) => b.collectedAt.localeCompare(a.collectedAt) || b.id - a.id);

/** "Basic metabolic panel 02/01/2026": a panel as the disclosure log names it. */
export const panelLabel = (panel: LabPanelRow): string =>
  `${panel.name} ${usWallClock(panel.collectedAt.slice(0, 10))}`;

const numberText = (value: number): string => String(Number(value.toPrecision(12)));

/** The range as the lab wrote it, else as its bounds. */
export const rangeText = (result: LabObservationRow): string => {
  if (result.referenceText) return result.referenceText;
  if (result.referenceLow !== null && result.referenceHigh !== null)
    return `${numberText(result.referenceLow)}-${numberText(result.referenceHigh)}`;
  if (result.referenceLow !== null) return `>=${numberText(result.referenceLow)}`;
  if (result.referenceHigh !== null) return `<=${numberText(result.referenceHigh)}`;
  return '';
};

/** A result's flag in words: "High", "Critically low", or the flag as the lab sent it. */
export const flagLabel = (flag: string): string => labFlagLabels[flag as LabFlag] ?? flag;

/** The flag in words; "Normal" only when there was a range to be within. */
const flagWords = (result: LabObservationRow): string => {
  if (result.flag !== '') return flagLabel(result.flag);
  return rangeText(result) === '' ? '' : labFlagLabels[''];
};

const resultRow = (result: LabObservationRow): Html => {
  const abnormal = result.flag !== '';
  return html`<tr${abnormal ? html` class="abnormal"` : ''}>
  <td>${result.analyte}${result.loinc && html`<br><span class="muted">LOINC ${result.loinc}</span>`}${
    result.comment && html`<br><span class="text">Lab note: ${result.comment}</span>`
  }</td>
  <td>${result.value}</td>
  <td>${result.unit}</td>
  <td>${rangeText(result)}</td>
  <td>${flagWords(result)}</td>
</tr>`;
};

const panelFacts = (panel: LabPanelRow): string =>
  [
    `Collected ${usWallClock(panel.collectedAt)}`,
    panel.orderingProvider && `Ordered by ${panel.orderingProvider}`,
    panel.performingLab && `Performed by ${panel.performingLab}`,
    panel.accession && `Accession ${panel.accession}`,
    panel.source === 'hl7' ? 'Received electronically (HL7)' : 'Entered by hand',
  ]
    .filter(Boolean)
    .join(' · ');

const panelSection = (panel: LabPanelRow, results: LabObservationRow[]): Html => html`<h2>${panel.name}</h2>
<p>${panelFacts(panel)}</p>
${panel.retired && html`<p><b>Retired from the chart:</b> ${panel.retiredReason}</p>`}
${
  results.length === 0
    ? emptyState('No results in this panel.')
    : html`<table>
  <thead>
    <tr><th colspan="5">${panel.name} · collected ${usWallClock(panel.collectedAt)}</th></tr>
    <tr><th style="width:34%">Test</th><th style="width:16%">Result</th><th style="width:14%">Units</th><th style="width:20%">Reference range</th><th style="width:16%">Flag</th></tr>
  </thead>
  <tbody>${results.map(resultRow)}</tbody>
</table>`
}
${panel.comment && html`<p class="text">Comment: ${panel.comment}</p>`}`;

/** The results of each panel reported, its current version, in the order the lab reported them. */
const resultsByPanel = (
  store: ChartStore,
  patientId: number,
  panels: LabPanelRow[],
): Map<number, LabObservationRow[]> => {
  const byPanel = new Map<number, LabObservationRow[]>();
  if (panels.length === 0) return byPanel;
  const panelIds = panels.map((panel) => panel.id);
  for (const result of repositories.labs.currentObservations(store.db, patientId, panelIds)) {
    const list = byPanel.get(result.panelId) ?? [];
    list.push(result);
    byPanel.set(result.panelId, list);
  }
  return byPanel;
};

/** The lab results report: each panel with every result's value, units, range and flag in words. */
export const labReportBody = (store: ChartStore, context: ReleaseContext, panels: LabPanelRow[]): Html => {
  const results = resultsByPanel(store, context.patient.id, panels);
  const abnormal = panels.reduce(
    (sum, panel) => sum + (results.get(panel.id) ?? []).filter((result) => result.flag !== '').length,
    0,
  );
  return html`<h1>Lab results report</h1>
${
  panels.length === 0
    ? emptyState('No lab results recorded.')
    : html`<p>${panels.length} ${panels.length === 1 ? 'panel' : 'panels'}, newest first. ${
        abnormal === 0
          ? 'No results are flagged outside their reference range.'
          : `${abnormal} ${abnormal === 1 ? 'result is' : 'results are'} flagged outside the reference range: the flag is written out and the row printed in bold.`
      }</p>
${panels.map((panel) => panelSection(panel, results.get(panel.id) ?? []))}`
}`;
};
