import { useForm } from 'react-hook-form';
import type { DisplayUnits, VitalsDto, VitalsFields } from '../../../../../electron/contract';
import { FormAlert, formatDateTime } from '../../../ui';
import { ItemFormModal, type ItemFormSaveProps } from '../items/ItemFormModal';
import { VitalsFieldsGrid } from './VitalsFieldsGrid';
import { type VitalsFormValues, vitalsFormFields, vitalsResolver, vitalsToForm } from './vitals-form';

interface VitalsEditModalProps extends ItemFormSaveProps<VitalsFields, VitalsDto> {
  set: VitalsDto;
  units: DisplayUnits;
  showHeadCircumference: boolean;
}

/** Correct a recorded set; the values come back in the units shown, and the old version stays in its history. */
export function VitalsEditModal({ set, units, showHeadCircumference, ...save }: VitalsEditModalProps) {
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
      {...save}
    >
      <FormAlert title="Not saved" message={form.formState.errors.root?.message ?? null} />
      <VitalsFieldsGrid form={form} showHeadCircumference={showHeadCircumference || set.headCircumferenceCm != null} />
    </ItemFormModal>
  );
}
