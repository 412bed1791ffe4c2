import { type ChartStore, repositories, withTransaction } from '../../../../db';
import { ChartroomError } from '../../../contract/errors';
import type { ProblemDto, ProblemFields } from '../../../contract/problems';
import type { Actor } from '../context';
import { describeVersions, onThisChart, recordChartChange } from './versions';

const toDto = (row: repositories.problems.ProblemRow): ProblemDto => ({
  id: row.id,
  patientId: row.patientId,
  version: row.version,
  code: row.code,
  description: row.description,
  onset: row.onset,
  clinicalStatus: row.clinicalStatus,
  comment: row.comment,
  retired: row.retired,
  retiredReason: row.retiredReason,
  createdAt: row.createdAt,
  updatedAt: row.updatedAt,
});

const fieldsOf = (row: ProblemFields) => ({
  code: row.code,
  description: row.description,
  onset: row.onset,
  clinicalStatus: row.clinicalStatus,
  comment: row.comment,
});

/**
 * The problem list (issue 4), on the same pattern as allergies: every write names the open chart's
 * patient, every version is kept, and a problem entered in error is retired with a reason, never
 * deleted. "Resolved" is a clinical status, not a removal: resolved problems stay on the chart.
 */
export class ProblemService {
  readonly #store: () => ChartStore;
  constructor(store: () => ChartStore) {
    this.#store = store;
  }

  #ownProblem(patientId: number, problemId: number): repositories.problems.ProblemRow {
    return onThisChart(repositories.problems.getProblem(this.#store().db, problemId), patientId, 'problem');
  }

  list(patientId: number) {
    const db = this.#store().db;
    if (!repositories.patients.getPatient(db, patientId))
      throw new ChartroomError('NOT_FOUND', 'This patient was not found. Search again.');
    const rows = repositories.problems.listProblems(db, patientId).map(toDto);
    return {
      active: rows.filter((p) => !p.retired && p.clinicalStatus === 'active'),
      resolved: rows.filter((p) => !p.retired && p.clinicalStatus === 'resolved'),
      retired: rows.filter((p) => p.retired),
    };
  }

  add(actor: Actor, patientId: number, problem: ProblemFields): ProblemDto {
    const store = this.#store();
    return withTransaction(store, () => {
      if (!repositories.patients.getPatient(store.db, patientId))
        throw new ChartroomError('NOT_FOUND', 'This patient was not found. Search again.');
      const same = repositories.problems
        .listProblems(store.db, patientId)
        .find((p) => !p.retired && p.clinicalStatus === 'active' && p.code === problem.code);
      if (same)
        throw new ChartroomError(
          'CONFLICT',
          `${problem.code} ${same.description} is already an active problem. Edit that entry instead.`,
          'code',
        );
      const now = new Date().toISOString();
      const row = repositories.problems.insertProblem(store.db, {
        ...fieldsOf(problem),
        patientId,
        createdAt: now,
        updatedAt: now,
      });
      recordChartChange(store, actor, {
        kind: 'problem',
        itemId: row.id,
        patientId,
        version: 1,
        action: 'created',
        at: now,
        snapshot: fieldsOf(problem),
        audit: 'problem.add',
        detail: problem.code,
      });
      return toDto(row);
    });
  }

  update(
    actor: Actor,
    input: { patientId: number; problemId: number; expectedVersion: number; problem: ProblemFields },
  ): ProblemDto {
    const store = this.#store();
    return withTransaction(store, () => {
      const current = this.#ownProblem(input.patientId, input.problemId);
      if (current.retired)
        throw new ChartroomError('CONFLICT', 'This problem was retired; add it again if it applies.');
      const now = new Date().toISOString();
      const row = repositories.problems.updateProblem(store.db, current.id, input.expectedVersion, {
        ...fieldsOf(input.problem),
        updatedAt: now,
      });
      if (!row)
        throw new ChartroomError(
          'CONFLICT',
          'Someone else changed this problem after you opened it. Your edits are kept in the form: reload to see theirs.',
        );
      recordChartChange(store, actor, {
        kind: 'problem',
        itemId: row.id,
        patientId: input.patientId,
        version: row.version,
        action: 'edited',
        at: now,
        snapshot: fieldsOf(input.problem),
        audit: 'problem.update',
      });
      return toDto(row);
    });
  }

  retire(actor: Actor, input: { patientId: number; problemId: number; reason: string }): ProblemDto {
    const store = this.#store();
    return withTransaction(store, () => {
      const current = this.#ownProblem(input.patientId, input.problemId);
      if (current.retired) return toDto(current);
      const now = new Date().toISOString();
      const row = repositories.problems.updateProblem(store.db, current.id, current.version, {
        retired: true,
        retiredReason: input.reason,
        updatedAt: now,
      });
      if (!row)
        throw new ChartroomError('CONFLICT', 'Someone else changed this problem just now. Reload and try again.');
      recordChartChange(store, actor, {
        kind: 'problem',
        itemId: row.id,
        patientId: input.patientId,
        version: row.version,
        action: 'retired',
        at: now,
        snapshot: fieldsOf(row),
        reason: input.reason,
        audit: 'problem.retire',
      });
      return toDto(row);
    });
  }

  history(patientId: number, problemId: number) {
    this.#ownProblem(patientId, problemId);
    return describeVersions(this.#store().db, 'problem', problemId);
  }
}
