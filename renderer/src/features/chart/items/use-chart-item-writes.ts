import { useCallback } from 'react';
import type { Result } from '../../../../../electron/contract';
import { usePendingAction } from '../../../ui';

/** The writes every versioned chart item kind has (electron/contract/chart-items.ts), for one kind. */
export interface ChartItemWriteApi<Item, Dto> {
  add(input: { patientId: number; item: Item }): Promise<Result<Dto>>;
  update(input: { patientId: number; itemId: number; expectedVersion: number; item: Item }): Promise<Result<Dto>>;
  retire(input: { patientId: number; itemId: number; reason: string }): Promise<Result<Dto>>;
}

/**
 * Add, edit and retire for one kind of chart item on the open chart. The patient id is fixed when the
 * chart opens and sent with each call, so the server refuses a change to an item on another chart.
 */
export const useChartItemWrites = <Item, Dto>(patientId: number, kind: ChartItemWriteApi<Item, Dto>) => {
  const add = usePendingAction(useCallback((item: Item) => kind.add({ patientId, item }), [kind, patientId]));
  const update = usePendingAction(
    useCallback(
      (itemId: number, expectedVersion: number, item: Item) =>
        kind.update({ patientId, itemId, expectedVersion, item }),
      [kind, patientId],
    ),
  );
  const retire = usePendingAction(
    useCallback((itemId: number, reason: string) => kind.retire({ patientId, itemId, reason }), [kind, patientId]),
  );
  return { add, update, retire };
};
