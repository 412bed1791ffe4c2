import { api } from '../../platform';
import { useResource } from '../../ui';

export function usePracticeSettings() {
  return useResource(() => api.practice.get({}));
}
