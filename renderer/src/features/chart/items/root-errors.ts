import type { FieldErrors, FieldValues, Resolver } from 'react-hook-form';

/**
 * A resolver whose whole-form messages ("enter at least one measurement") land in the form's root
 * error, where a form shows them above its fields, instead of under a field with no name.
 */
export const withRootErrors =
  <Values extends FieldValues, Output>(resolve: Resolver<Values, unknown, Output>): Resolver<Values, unknown, Output> =>
  async (values, context, options) => {
    const result = await resolve(values, context, options);
    const errors = result.errors as FieldErrors<FieldValues>;
    const whole = errors[''];
    if (!whole) return result;
    const { '': _moved, ...rest } = errors;
    return { values: {}, errors: { ...rest, root: whole } as FieldErrors<Values> };
  };
