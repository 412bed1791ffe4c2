import { NumberInput } from '@mantine/core';
import { Controller, useFormContext } from 'react-hook-form';

/** Minutes of inactivity before every workstation locks its screen (SECURITY.md S4). */
export function IdleLockField() {
  const { control } = useFormContext<{ idleLockMinutes: number }>();
  return (
    <Controller
      control={control}
      name="idleLockMinutes"
      render={({ field, fieldState }) => (
        <NumberInput
          label="Lock the screen after this many minutes without use"
          description="Between 1 and 60. Unsaved typing is kept and comes back after unlocking."
          min={1}
          max={60}
          step={1}
          allowDecimal={false}
          allowNegative={false}
          // Out-of-range minutes get the contract's message instead of being silently changed.
          clampBehavior="none"
          maw={320}
          name={field.name}
          ref={field.ref}
          onBlur={field.onBlur}
          value={Number.isNaN(field.value) ? '' : field.value}
          // An emptied box is NaN, which the contract's schema rejects with its own message.
          onChange={(value) => field.onChange(typeof value === 'number' ? value : Number.NaN)}
          error={fieldState.error?.message}
        />
      )}
    />
  );
}
