import { api } from '../../../platform';
import { useResource } from '../../../ui';
import { useChartItemWrites } from '../items/use-chart-item-writes';

/** The open chart's immunizations, newest first, and the retired ones. */
export const useImmunizationList = (patientId: number) => useResource(() => api.immunizations.list({ patientId }));

/** Record, edit and retire immunizations on the open chart. */
export const useImmunizationWrites = (patientId: number) => useChartItemWrites(patientId, api.immunizations);
