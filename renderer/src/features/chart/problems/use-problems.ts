import { api } from '../../../platform';
import { useResource } from '../../../ui';
import { useChartItemWrites } from '../items/use-chart-item-writes';

/** The open chart's problem list: active, resolved and retired. */
export const useProblemList = (patientId: number) => useResource(() => api.problems.list({ patientId }));

/** Add, edit and retire problems on the open chart. */
export const useProblemWrites = (patientId: number) => useChartItemWrites(patientId, api.problems);
