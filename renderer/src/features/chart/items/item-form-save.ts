import type { Result } from '../../../../../electron/contract';

interface PendingWrite<Args extends unknown[], Dto> {
  pending: boolean;
  run: (...args: Args) => Promise<Result<Dto>>;
}

/** The add and update writes of one kind of chart item (see use-chart-item-writes.ts). */
interface AddAndUpdate<Fields, Dto> {
  add: PendingWrite<[Fields], Dto>;
  update: PendingWrite<[number, number, Fields], Dto>;
}

/**
 * What an add/edit form saves with: a new item is added; an edited one is updated at the version the
 * form was opened on, so the server refuses the save when someone else changed it in between.
 */
export const itemFormSave = <Fields, Dto>(
  writes: AddAndUpdate<Fields, Dto>,
  item: { id: number; version: number } | null,
): { pending: boolean; onSave: (fields: Fields) => Promise<Result<Dto>> } =>
  item
    ? { pending: writes.update.pending, onSave: (fields) => writes.update.run(item.id, item.version, fields) }
    : { pending: writes.add.pending, onSave: writes.add.run };
