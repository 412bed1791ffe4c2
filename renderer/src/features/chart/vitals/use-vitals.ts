import type { DisplayUnits } from '../../../../../electron/contract';
import { api } from '../../../platform';
import { useResource } from '../../../ui';
import { useSession } from '../../auth';
import { useChartItemWrites } from '../items/use-chart-item-writes';
import { unitsForPractice } from './vitals-display';

/** The open chart's vital sign sets, newest first, and the retired ones. */
export const useVitalsList = (patientId: number) => useResource(() => api.vitals.list({ patientId }));

/** Add, edit and retire a set on the open chart. */
export const useVitalsWrites = (patientId: number) => useChartItemWrites(patientId, api.vitals);

/** The units this practice types and shows vitals in, from the session (kept fresh when settings change). */
export const useDisplayUnits = (): DisplayUnits => unitsForPractice(useSession()?.temperatureUnit);
