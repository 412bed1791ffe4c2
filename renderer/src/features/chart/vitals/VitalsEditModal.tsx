import { useForm } from 'react-hook-form';
import type { DisplayUnits, Result, VitalsDto, VitalsFields } from '../../../../../electron/contract';
import { FormAlert, formatDateTime } from '../../../ui';
import { ItemFormModal } from '../items/ItemFormModal';
import { VitalsFieldsGrid } from './VitalsFieldsGrid';
import { type VitalsFormValues, vitalsFormFields, vitalsResolver, vitalsToForm } from './vitals-form';

interface VitalsEditModalProps {
  set: VitalsDto;
  units: DisplayUnits;
  showHeadCircumference: boolean;
  pending: boolean;
  onSave: (fields: VitalsFields) => Promise<Result<VitalsDto>>;
  onSaved: (set: VitalsDto) => void;
  onClose: () => void;
}

/** Correct a recorded set; the values come back in the units shown, and the old version stays in its history. */
export function VitalsEditModal({
  set,
  units,
  showHeadCircumference,
  pending,
  onSave,
  onSaved,
  onClose,
}: VitalsEditModalProps) {
  const form = useForm<VitalsFormValues, unknown, VitalsFields>({
    resolver: vitalsResolver,
    defaultValues: vitalsToForm(set, units),
  });
  return (
    <ItemFormModal
      title={`Edit vitals taken ${formatDateTime(set.takenAt)}`}
      label="Edit vitals"
      submitLabel="Save changes"
      form={form}
      fields={vitalsFormFields}
      pending={pending}
      onSave={onSave}
      onSaved={onSaved}
      onClose={onClose}
    >
      <FormAlert title="Not saved" message={form.formState.errors.root?.message ?? null} />
      <VitalsFieldsGrid form={form} showHeadCircumference={showHeadCircumference || set.headCircumferenceCm != null} />
    </ItemFormModal>
  );
}
