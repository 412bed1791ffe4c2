import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Checkbox, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { type OutputOf, updateDestinationInputSchema } from '../../../../../electron/contract';
import { FormAlert, placeServerError } from '../../../ui';
import { useUpdateDestination } from '../hooks/useUpdateDestination';

type Destination = OutputOf<'backup.listDestinations'>[number];

const editSchema = z.strictObject({
  label: updateDestinationInputSchema.shape.label,
  offsite: updateDestinationInputSchema.shape.offsite,
});
const editFields = ['label', 'offsite'] as const;

interface EditDestinationModalProps {
  destination: Destination;
  onClose: () => void;
  onSaved: (destination: Destination) => void;
}

/** Rename a destination or change whether it leaves the office; the folder itself stays (add a new one to move). */
export function EditDestinationModal({ destination, onClose, onSaved }: EditDestinationModalProps) {
  const { run: update, pending } = useUpdateDestination();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({
    resolver: zodResolver(editSchema),
    defaultValues: { label: destination.label, offsite: destination.offsite },
  });
  const { errors } = form.formState;

  const submit = form.handleSubmit(async (values) => {
    setFormError(null);
    const result = await update({ destinationId: destination.id, active: destination.active, ...values });
    if (result.ok) onSaved(result.value);
    else setFormError(placeServerError(form.setError, result.error, editFields));
  });

  return (
    <Modal opened onClose={onClose} title={`Edit ${destination.label}`} centered size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <FormAlert title="The destination was not saved" message={formError} />
          <TextInput
            label="Name"
            required
            data-autofocus
            autoComplete="off"
            error={errors.label?.message}
            {...form.register('label')}
          />
          <Stack gap={2}>
            <Text size="sm" fw={500}>
              Folder
            </Text>
            <Text size="sm" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
              {destination.path}
            </Text>
            <Text size="xs" c="dimmed">
              To back up to another folder, add it as a new destination, then retire this one.
            </Text>
          </Stack>
          <Checkbox
            label="Removable or off-site"
            description="A drive that leaves the office, or a share in another building."
            {...form.register('offsite')}
          />
          <Group justify="flex-end" gap="xs" mt="xs">
            <Button variant="default" onClick={onClose} disabled={pending}>
              Cancel
            </Button>
            <Button type="submit" loading={pending}>
              Save changes
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
