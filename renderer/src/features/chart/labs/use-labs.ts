import { api } from '../../../platform';
import { useResource } from '../../../ui';
import { useChartItemWrites } from '../items/use-chart-item-writes';

/** The open chart's lab panels, newest first, with their current results. */
export const useLabList = (patientId: number) => useResource(() => api.labs.list({ patientId }));

/** Add, edit and retire typed-in lab panels on the open chart. */
export const useLabWrites = (patientId: number) => useChartItemWrites(patientId, api.labs);

/** One analyte's results over time. */
export const useLabTrend = (patientId: number, analyte: string) =>
  useResource(() => api.labs.trend({ patientId, analyte }));
