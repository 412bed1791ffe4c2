import { useEffect, useRef } from 'react';
import type { InputOf, RecallListDto } from '../../../../electron/contract';
import { api } from '../../platform';
import { useResource } from '../../ui';
import type { Resource } from '../../ui/useResource';

export type RecallFilter = Pick<InputOf<'recalls.list'>, 'show' | 'upcomingDays' | 'providerId'>;

/** The open recalls matching the filter, reloaded whenever the filter changes. */
export function useRecallList(filter: RecallFilter): Resource<RecallListDto> {
  const list = useResource(() => api.recalls.list(filter));
  const key = JSON.stringify(filter);
  const loadedKey = useRef(key);
  const { reload } = list;
  // useResource loads the first filter on mount; a changed filter (by value, not identity) loads again.
  useEffect(() => {
    if (loadedKey.current === key) return;
    loadedKey.current = key;
    void reload();
  }, [key, reload]);
  return list;
}

/** Sets a recall; the result carries the server's message when refused. */
export const useSetRecall = () => (input: InputOf<'recalls.set'>) => api.recalls.set(input);

/** Marks a recall booked, done, cancelled or open again, with the version the user saw. */
export const useUpdateRecall = () => (input: InputOf<'recalls.update'>) => api.recalls.update(input);
