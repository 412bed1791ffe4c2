import { useState } from 'react';

/** The dialogs every versioned chart item panel opens: add, and edit, retire or history of one item. */
type ItemDialog<Item> = { kind: 'add' } | { kind: ItemDialogKind; item: Item };
type ItemDialogKind = 'edit' | 'retire' | 'history';

/** A panel's own dialogs beside those (stop a medication, view a document), each named by its kind. */
type OtherDialog = { kind: string };

/**
 * Which dialog a chart item panel has open. After a saved change the dialog closes and the list is
 * read again, so the panel shows what the server kept rather than a guess.
 */
export const useItemDialog = <Item, Other extends OtherDialog = never>(reload: () => unknown) => {
  const [dialog, open] = useState<ItemDialog<Item> | Other | null>(null);
  const close = () => open(null);
  const changed = () => {
    open(null);
    void reload();
  };
  /** The item whose edit, retire or history dialog is open; undefined when another dialog (or none) is. */
  const itemFor = (kind: ItemDialogKind): Item | undefined =>
    dialog?.kind === kind ? (dialog as { item: Item }).item : undefined;
  /** The add/edit form's item: null to add one, the item to edit it; undefined when no form is open. */
  const formItem = dialog?.kind === 'add' ? null : itemFor('edit');
  /** The ItemActions handlers for one item's row. */
  const actionsFor = (item: Item) => ({
    onEdit: () => open({ kind: 'edit', item }),
    onRetire: () => open({ kind: 'retire', item }),
    onHistory: () => open({ kind: 'history', item }),
  });
  return { dialog, open, close, changed, itemFor, formItem, actionsFor };
};

/** What the shared dialogs need of a panel's dialog state. */
export interface ItemDialogState<Item> {
  itemFor: (kind: ItemDialogKind) => Item | undefined;
  close: () => void;
  changed: () => void;
}
