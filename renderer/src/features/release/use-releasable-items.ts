import { api } from '../../platform';
import { useResource } from '../../ui';

/** What the chart offers for release: its notes (signed or not), its lab panels, and how long each list is. */
export function useReleasableItems(patientId: number) {
  return useResource(() => api.release.items({ patientId }));
}
