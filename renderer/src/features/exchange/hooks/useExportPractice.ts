import { useCallback } from 'react';
import type { InputOf } from '../../../../../electron/contract';
import { api } from '../../../platform';
import { usePendingAction } from '../../../ui';

/** Starts the whole-practice export into a folder; answers at once with the running job. */
export const useExportPractice = () =>
  usePendingAction(useCallback((input: InputOf<'exchange.exportPractice'>) => api.exchange.exportPractice(input), []));
