import { api } from '../../../platform';
import { useResource } from '../../../ui';

/** The open chart's face sheet, in one call. */
export const useFaceSheet = (patientId: number) => useResource(() => api.chart.faceSheet({ patientId }));
