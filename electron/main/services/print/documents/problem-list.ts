import { type ChartStore, repositories } from '../../../../../db';
import { usDate } from '../formats';
import { type Html, html } from '../html';
import type { ReleaseContext } from './context';
import { emptyState } from './parts';

type ProblemRow = repositories.releaseReads.ProblemRow;

const currentProblems = (store: ChartStore, patientId: number): ProblemRow[] =>
  repositories.releaseReads.problemList(store.db, patientId);

/** A caption row repeats with the column headings on each page a long list runs onto. */
const problemTable = (rows: ProblemRow[], caption?: string): Html => html`<table>
  <thead>
    ${caption && html`<tr><th colspan="4">${caption}</th></tr>`}
    <tr><th>ICD-10-CM</th><th>Problem</th><th>Onset</th><th>Comment</th></tr>
  </thead>
  <tbody>${rows.map(
    (problem) => html`<tr>
    <td class="nowrap">${problem.code}</td>
    <td>${problem.description}</td>
    <td class="nowrap">${problem.onset && usDate(problem.onset)}</td>
    <td class="text">${problem.comment}</td>
  </tr>`,
  )}</tbody>
</table>`;

/** Active problems as a short table, for the chart summary and the referral letter's enclosure. */
export const activeProblemsBlock = (store: ChartStore, patientId: number): Html => {
  const active = currentProblems(store, patientId).filter((problem) => problem.clinicalStatus === 'active');
  return active.length === 0 ? emptyState('No active problems recorded.') : problemTable(active);
};

/** The problem list: active problems, then the resolved ones that stay on the chart. */
export const problemListBody = (store: ChartStore, context: ReleaseContext): Html => {
  const problems = currentProblems(store, context.patient.id);
  const active = problems.filter((problem) => problem.clinicalStatus === 'active');
  const resolved = problems.filter((problem) => problem.clinicalStatus === 'resolved');
  return html`<h1>Problem list</h1>
<h2>Active problems (${active.length})</h2>
${active.length === 0 ? emptyState('No active problems recorded.') : problemTable(active, 'Active problems')}
<h2>Resolved problems (${resolved.length})</h2>
${resolved.length === 0 ? emptyState('No resolved problems recorded.') : problemTable(resolved, 'Resolved problems')}`;
};
