import { type ChartStore, repositories, type schema } from '../../../../db';
import type { ProblemDto, ProblemFields } from '../../../contract/problems';
import { ChartItemService } from './item-service';

const { items } = repositories.problems;
type ProblemRow = repositories.problems.ProblemRow;

const toDto = (row: ProblemRow): ProblemDto => ({
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

/**
 * The problem list (issue 4), a versioned chart item. "Resolved" is a clinical status, not a removal:
 * resolved problems stay on the chart; a problem entered in error is retired with a reason.
 */
export class ProblemService extends ChartItemService<typeof schema.problems, ProblemFields, ProblemDto> {
  constructor(store: () => ChartStore) {
    super(store, {
      kind: 'problem',
      noun: 'problem',
      items,
      audit: { add: 'problem.add', update: 'problem.update', retire: 'problem.retire' },
      toColumns: (problem) => ({
        code: problem.code,
        description: problem.description,
        onset: problem.onset,
        clinicalStatus: problem.clinicalStatus,
        comment: problem.comment,
      }),
      toDto,
      auditDetail: (problem) => problem.code,
      duplicateOf: (active, problem) => {
        const same = active.find((p) => p.clinicalStatus === 'active' && p.code === problem.code);
        return same
          ? {
              message: `${problem.code} ${same.description} is already an active problem. Edit that entry instead.`,
              field: 'code',
            }
          : null;
      },
    });
  }

  /** Active, resolved (still on the chart) and retired problems. */
  grouped(patientId: number) {
    const { active, retired } = this.list(patientId);
    return {
      active: active.filter((p) => p.clinicalStatus === 'active'),
      resolved: active.filter((p) => p.clinicalStatus === 'resolved'),
      retired,
    };
  }
}
