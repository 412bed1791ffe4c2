import { Alert, Button, Group, Stack } from '@mantine/core';
import { getHotkeyHandler } from '@mantine/hooks';
import { IconUsers } from '@tabler/icons-react';
import { FormAlert } from '../../../ui';
import { PatientForm, RevealOnMount } from '../../patients';
import type { useDemographicsEditor } from './use-demographics-editor';

type Editor = ReturnType<typeof useDemographicsEditor>;

/** The demographics form inside the chart, with the save-conflict and error messages next to its buttons. */
export function DemographicsEditor({ editor, onCancel }: { editor: Editor; onCancel: () => void }) {
  return (
    <form
      noValidate
      onSubmit={editor.submit}
      onKeyDown={getHotkeyHandler([['mod+Enter', () => editor.submit()]])}
      aria-label="Edit demographics"
    >
      <Stack gap="sm">
        <PatientForm form={editor.form} />
        {editor.conflict && (
          <RevealOnMount>
            <Alert
              color="orange"
              variant="light"
              icon={<IconUsers size={18} aria-hidden />}
              title="Not saved"
              role="alert"
            >
              <Group justify="space-between" gap="xs">
                <span>Someone else changed this patient since you opened it; reload to see their changes.</span>
                <Button size="compact-sm" variant="default" onClick={editor.discardAndReload}>
                  Reload (discards your edits)
                </Button>
              </Group>
            </Alert>
          </RevealOnMount>
        )}
        {editor.formError && (
          <RevealOnMount>
            <FormAlert message={editor.formError} title="Not saved" />
          </RevealOnMount>
        )}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={editor.saving}>
            Save changes
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
