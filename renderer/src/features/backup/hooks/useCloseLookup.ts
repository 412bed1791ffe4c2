import { api } from '../../../platform';
import { usePendingAction } from '../../../ui';

/** Close a read-only backup; nothing from it stays open on the server. */
export function useCloseLookup() {
  return usePendingAction((lookupId: string) => api.restore.closeLookup({ lookupId }));
}

/** Close a backup left by navigating away; nobody is waiting for the answer. */
export const closeLookupQuietly = (lookupId: string): void => {
  void api.restore.closeLookup({ lookupId });
};
