import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Checkbox, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { addDestinationInputSchema, type OutputOf } from '../../../../../electron/contract';
import { FormAlert, placeServerError } from '../../../ui';
import { useAddDestination } from '../hooks/useAddDestination';

const addDestinationFields = ['label', 'path', 'offsite'] as const;

interface AddDestinationModalProps {
  onClose: () => void;
  onAdded: (destination: OutputOf<'backup.addDestination'>) => void;
}

/**
 * A folder to back up to, typed as a path (there is no folder picker in every setting Chartroom runs
 * in). The server checks the folder is there, writable and not inside Chartroom's own data folder,
 * and its reasons appear beside the folder field.
 */
export function AddDestinationModal({ onClose, onAdded }: AddDestinationModalProps) {
  const { run: addDestination, pending } = useAddDestination();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({
    resolver: zodResolver(addDestinationInputSchema),
    defaultValues: { label: '', path: '', offsite: false },
  });
  const { errors } = form.formState;

  const submit = form.handleSubmit(async (values) => {
    setFormError(null);
    const result = await addDestination(values);
    if (result.ok) onAdded(result.value);
    else setFormError(placeServerError(form.setError, result.error, addDestinationFields));
  });

  return (
    <Modal opened onClose={onClose} title="Add a backup destination" centered size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <FormAlert title="The destination was not added" message={formError} />
          <TextInput
            label="Name"
            description="What you call it, e.g. USB drive (taken home on Fridays) or Office NAS."
            required
            data-autofocus
            autoComplete="off"
            error={errors.label?.message}
            {...form.register('label')}
          />
          <TextInput
            label="Folder"
            description="The full path of a folder on another disk, a USB drive or a network share. It must already exist."
            placeholder="/media/usb/chartroom-backups"
            required
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
            error={errors.path?.message}
            {...form.register('path')}
          />
          <Checkbox
            label="Removable or off-site"
            description="Tick this for a drive that leaves the office, or a share in another building. At least one copy away from the office survives a fire or a theft."
            {...form.register('offsite')}
          />
          <Group justify="flex-end" gap="xs" mt="xs">
            <Button variant="default" onClick={onClose} disabled={pending}>
              Cancel
            </Button>
            <Button type="submit" loading={pending}>
              Add destination
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
