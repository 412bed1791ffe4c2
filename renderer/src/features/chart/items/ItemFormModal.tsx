import { Button, Group, Modal, Stack } from '@mantine/core';
import { getHotkeyHandler } from '@mantine/hooks';
import { type ReactNode, useState } from 'react';
import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import type { Result } from '../../../../../electron/contract';
import { FormAlert, placeServerError } from '../../../ui';

/** How a chart-item form saves and closes: every item's form modal takes these from its panel. */
export interface ItemFormSaveProps<Fields, Item> {
  pending: boolean;
  onSave: (fields: Fields) => Promise<Result<Item>>;
  onSaved: (item: Item) => void;
  onClose: () => void;
}

interface ItemFormModalProps<Values extends FieldValues, Fields, Item> extends ItemFormSaveProps<Fields, Item> {
  title: string;
  /** The form's accessible name, e.g. "Add allergy". */
  label: string;
  submitLabel: string;
  form: UseFormReturn<Values, unknown, Fields>;
  /** The form's fields, so a server message about one of them appears beside it. */
  fields: readonly Path<Values>[];
  /** The modal's width; wide forms (a table of rows) ask for 'xl'. */
  size?: 'lg' | 'xl';
  children: ReactNode;
}

/**
 * The frame every chart-item form shares (allergies, problems, and those to come): a modal form that
 * validates with the contract's schema, saves, puts a server message beside its field or in a "Not
 * saved" alert, and submits with Ctrl/Cmd+Enter. Each item supplies only its fields.
 */
export function ItemFormModal<Values extends FieldValues, Fields, Item>({
  title,
  label,
  submitLabel,
  form,
  fields,
  pending,
  onSave,
  onSaved,
  onClose,
  size = 'lg',
  children,
}: ItemFormModalProps<Values, Fields, Item>) {
  const [formError, setFormError] = useState<string | null>(null);
  const submit = form.handleSubmit(async (values) => {
    setFormError(null);
    const result = await onSave(values);
    if (result.ok) onSaved(result.value);
    else setFormError(placeServerError(form.setError, result.error, fields));
  });

  return (
    <Modal opened onClose={onClose} title={title} centered size={size}>
      <form
        noValidate
        onSubmit={submit}
        onKeyDown={getHotkeyHandler([['mod+Enter', () => void submit()]])}
        aria-label={label}
      >
        <Stack gap="sm">
          <FormAlert title="Not saved" message={formError} />
          {children}
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={onClose} disabled={pending}>
              Cancel
            </Button>
            <Button type="submit" loading={pending}>
              {submitLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
