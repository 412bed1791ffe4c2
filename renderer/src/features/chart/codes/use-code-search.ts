import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useRef, useState } from 'react';
import type { Result } from '../../../../../electron/contract';

/**
 * Searches a code set as the user types, a moment after the last key, keeping only the answer to the
 * latest words: an answer that arrives after the user typed on (or picked) is dropped, so the list
 * never shows matches for words that are no longer in the box. Text equal to the picked entry's
 * label is not searched: it already names a code.
 */
export const useCodeSearch = <Entry>(
  text: string,
  picked: { readonly current: string | null },
  search: (query: string) => Promise<Result<Entry[]>>,
) => {
  const [debounced] = useDebouncedValue(text, 150);
  const [entries, setEntries] = useState<Entry[]>([]);
  const [searching, setSearching] = useState(false);
  const [searchError, setSearchError] = useState<string | null>(null);
  const latest = useRef(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: the words are the trigger; the search function is remade on each render.
  useEffect(() => {
    const query = debounced.trim();
    const request = ++latest.current;
    if (query === '' || debounced === picked.current) {
      setEntries([]);
      setSearching(false);
      return;
    }
    setSearching(true);
    void search(query).then((result) => {
      if (request !== latest.current) return;
      setSearching(false);
      if (result.ok) {
        setEntries(result.value);
        setSearchError(null);
      } else {
        setSearchError(result.error.message);
      }
    });
  }, [debounced]);

  /** An entry was picked: the list closes and any search still on its way is ignored. */
  const settle = () => {
    latest.current++;
    setEntries([]);
    setSearching(false);
  };
  return { entries, searching, searchError, settle };
};
