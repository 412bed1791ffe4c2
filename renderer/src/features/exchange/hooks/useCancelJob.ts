import { useCallback } from 'react';
import { api } from '../../../platform';
import { usePendingAction } from '../../../ui';

/** Asks a running job to stop; it stops between steps and cleans up, which the job's next poll shows. */
export const useCancelJob = () => usePendingAction(useCallback((jobId: string) => api.exchange.cancel({ jobId }), []));
