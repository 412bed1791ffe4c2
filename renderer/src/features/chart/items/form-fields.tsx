import { Autocomplete, type AutocompleteProps, Group, Radio } from '@mantine/core';
import { type Control, type FieldPath, type FieldValues, useController } from 'react-hook-form';

/** Where a field's value lives: the form's control and the field's name in it. */
interface FormFieldProps<Values extends FieldValues, Fields> {
  control: Control<Values, unknown, Fields>;
  name: FieldPath<Values>;
}

interface RadioChoiceFieldProps<Values extends FieldValues, Fields, Choice extends string>
  extends FormFieldProps<Values, Fields> {
  label: string;
  choices: readonly Choice[];
  /** A choice in words. */
  choiceLabel: (choice: Choice) => string;
}

/** A required pick-one field (status, severity) shown as a row of radio buttons, each named in words. */
export function RadioChoiceField<Values extends FieldValues, Fields, Choice extends string>({
  control,
  name,
  label,
  choices,
  choiceLabel,
}: RadioChoiceFieldProps<Values, Fields, Choice>) {
  const { field, fieldState } = useController({ control, name });
  return (
    <Radio.Group label={label} required value={field.value} onChange={field.onChange} error={fieldState.error?.message}>
      <Group gap="md" mt={4}>
        {choices.map((choice) => (
          <Radio key={choice} value={choice} label={choiceLabel(choice)} onBlur={field.onBlur} />
        ))}
      </Group>
    </Radio.Group>
  );
}

type AutocompleteFieldProps<Values extends FieldValues, Fields> = FormFieldProps<Values, Fields> &
  Omit<AutocompleteProps, 'value' | 'onChange' | 'onBlur' | 'error'>;

/** A text field that suggests common words (dose units, frequencies) but takes any words typed. */
export function AutocompleteField<Values extends FieldValues, Fields>({
  control,
  name,
  ...props
}: AutocompleteFieldProps<Values, Fields>) {
  const { field, fieldState } = useController({ control, name });
  return (
    <Autocomplete
      {...props}
      value={field.value}
      onChange={field.onChange}
      onBlur={field.onBlur}
      ref={field.ref}
      error={fieldState.error?.message}
    />
  );
}
