import { useEffect, useRef } from 'react';
import type { EncounterType } from '../../../../../electron/contract';
import { api } from '../../../platform';
import { useResource } from '../../../ui';
import { useChartItemWrites } from '../items/use-chart-item-writes';

export interface TimelineFilter {
  type: EncounterType | null;
  providerId: number | null;
}

/** The open chart's encounters, newest first, narrowed by the timeline's filters (applied by the server). */
export const useEncounterTimeline = (patientId: number, filter: TimelineFilter) => {
  const timeline = useResource(() =>
    api.encounters.list({
      patientId,
      ...(filter.type ? { type: filter.type } : {}),
      ...(filter.providerId ? { providerId: filter.providerId } : {}),
    }),
  );
  const { reload } = timeline;
  // The first load is useResource's own; each change of filter loads again.
  const filterKey = `${filter.type ?? ''}|${filter.providerId ?? ''}`;
  const loadedKey = useRef(filterKey);
  useEffect(() => {
    if (loadedKey.current === filterKey) return;
    loadedKey.current = filterKey;
    void reload();
  }, [filterKey, reload]);
  return timeline;
};

/** Active physicians: an encounter's provider, a note's co-signer. */
export const useProviders = () => useResource(() => api.encounters.providers({}));

/** Add, edit and retire encounters on the open chart. */
export const useEncounterWrites = (patientId: number) => useChartItemWrites(patientId, api.encounters);

/** The practice's note templates, for "New note". */
export const useNoteTemplates = () => useResource(() => api.noteTemplates.list({}));
