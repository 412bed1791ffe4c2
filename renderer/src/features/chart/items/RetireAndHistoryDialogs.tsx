import type { Result } from '../../../../../electron/contract';
import { ItemHistoryModal } from './ItemHistoryModal';
import type { ChartItemVersion } from './item-text';
import { RetireItemDialog } from './RetireItemDialog';
import type { ItemDialogState } from './use-item-dialog';

interface RetireAndHistoryDialogsProps<Item extends { id: number }> {
  /** The panel's dialog state (useItemDialog): these dialogs show for its 'retire' and 'history' kinds. */
  dialogs: ItemDialogState<Item>;
  /** What kind of item, in words: "problem", "set of vitals". */
  noun: string;
  /** The item as the history title names it. */
  name: (item: Item) => string;
  /** The item as the retire title names it, where that differs from the history title. */
  retireName?: (item: Item) => string;
  /** What retiring does to this kind of item. */
  explanation: string;
  reasons: readonly string[];
  retire: { pending: boolean; run: (itemId: number, reason: string) => Promise<Result<unknown>> };
  loadHistory: (itemId: number) => Promise<Result<ChartItemVersion[]>>;
  fieldLabel: (field: string) => string;
  historyValue: (field: string, value: string) => string;
}

/** The retire and history dialogs of one chart item panel: the same two dialogs for every kind of item. */
export function RetireAndHistoryDialogs<Item extends { id: number }>({
  dialogs: { itemFor, close, changed },
  noun,
  name,
  retireName = name,
  explanation,
  reasons,
  retire,
  loadHistory,
  fieldLabel,
  historyValue,
}: RetireAndHistoryDialogsProps<Item>) {
  const retiring = itemFor('retire');
  if (retiring) {
    return (
      <RetireItemDialog
        noun={noun}
        name={retireName(retiring)}
        explanation={explanation}
        reasons={reasons}
        pending={retire.pending}
        onRetire={(reason) => retire.run(retiring.id, reason)}
        onClose={close}
        onRetired={changed}
      />
    );
  }
  const versioned = itemFor('history');
  if (versioned) {
    return (
      <ItemHistoryModal
        title={`History: ${name(versioned)}`}
        load={() => loadHistory(versioned.id)}
        fieldLabel={fieldLabel}
        historyValue={historyValue}
        onClose={close}
      />
    );
  }
  return null;
}
