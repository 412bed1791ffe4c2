import { zodResolver } from '@hookform/resolvers/zod';
import { TextInput } from '@mantine/core';
import { Controller, type Resolver, useForm } from 'react-hook-form';
import { type ProblemDto, type ProblemFields, problemInputSchema } from '../../../../../electron/contract';
import { RadioChoiceField } from '../items/form-fields';
import { ItemFormModal, type ItemFormSaveProps } from '../items/ItemFormModal';
import { Icd10Picker } from './Icd10Picker';
import { clinicalStatusLabels, codeLabel } from './problem-text';

interface ProblemFormValues {
  code: string;
  description: string;
  onset: string;
  clinicalStatus: ProblemDto['clinicalStatus'];
  comment: string;
}

const problemFields = ['code', 'description', 'onset', 'clinicalStatus', 'comment'] as const;

const valuesOf = (problem: ProblemDto | null): ProblemFormValues =>
  problem
    ? {
        code: problem.code,
        description: problem.description,
        onset: problem.onset,
        clinicalStatus: problem.clinicalStatus,
        comment: problem.comment,
      }
    : { code: '', description: '', onset: '', clinicalStatus: 'active', comment: '' };

const resolver = zodResolver(problemInputSchema) as unknown as Resolver<ProblemFormValues, unknown, ProblemFields>;

interface ProblemFormModalProps extends ItemFormSaveProps<ProblemFields, ProblemDto> {
  /** The problem being edited, or null to add a new one. */
  problem: ProblemDto | null;
}

/** Add or edit one problem; the server's messages appear beside the field they are about. */
export function ProblemFormModal({ problem, ...save }: ProblemFormModalProps) {
  const form = useForm<ProblemFormValues, unknown, ProblemFields>({ resolver, defaultValues: valuesOf(problem) });
  const { errors } = form.formState;

  const title = problem ? `Edit problem: ${problem.description}` : 'Add a problem';
  return (
    <ItemFormModal
      title={title}
      label={problem ? 'Edit problem' : 'Add problem'}
      submitLabel={problem ? 'Save changes' : 'Add problem'}
      form={form}
      fields={problemFields}
      {...save}
    >
      <Controller
        control={form.control}
        name="code"
        render={({ field, fieldState }) => (
          <Icd10Picker
            initialText={problem ? codeLabel(problem.code, problem.description) : ''}
            inputRef={field.ref}
            onBlur={field.onBlur}
            error={fieldState.error?.message}
            onPick={(entry) => {
              field.onChange(entry.code);
              form.clearErrors('code');
              form.setValue('description', entry.name, { shouldValidate: Boolean(errors.description) });
            }}
            onUnpick={() => field.onChange('')}
          />
        )}
      />
      <TextInput
        label="Description"
        description="Filled from the code; reword it if the patient's problem needs more detail."
        required
        maxLength={300}
        error={errors.description?.message}
        {...form.register('description')}
      />
      <TextInput
        label="Onset date"
        description="YYYY-MM-DD; leave blank if not known."
        placeholder="YYYY-MM-DD"
        maxLength={10}
        error={errors.onset?.message}
        {...form.register('onset')}
      />
      <RadioChoiceField
        control={form.control}
        name="clinicalStatus"
        label="Status"
        choices={['active', 'resolved'] as const}
        choiceLabel={(value) => clinicalStatusLabels[value]}
      />
      <TextInput label="Comment" maxLength={1000} error={errors.comment?.message} {...form.register('comment')} />
    </ItemFormModal>
  );
}
