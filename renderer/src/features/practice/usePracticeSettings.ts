import { api } from '../../platform';
import { useResource } from '../../ui';
import { guardSession } from '../auth';

export function usePracticeSettings() {
  return useResource(() => guardSession(api.practice.get({})));
}
