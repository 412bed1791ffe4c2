import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import type { ApiError } from '../../../electron/contract';

const lastSegment = (path: string): string => path.slice(path.lastIndexOf('.') + 1);

/**
 * Which of a form's fields a server message belongs beside, if any. The server names the input
 * field by its path (e.g. `admin.password`); a form may name it with or without the prefix.
 */
const fieldForServerError = <F extends string>(error: ApiError, fields: readonly F[]): F | null => {
  if (!error.field) return null;
  const wanted = error.field;
  return (
    fields.find((field) => field === wanted) ??
    fields.find((field) => lastSegment(field) === lastSegment(wanted)) ??
    null
  );
};

/**
 * Put a server message beside its field and focus it; returns the message instead when it is about
 * the whole form, for a FormAlert.
 */
export const placeServerError = <T extends FieldValues>(
  setError: UseFormSetError<T>,
  error: ApiError,
  fields: readonly Path<T>[],
): string | null => {
  const field = fieldForServerError(error, fields);
  if (!field) return error.message;
  setError(field, { type: 'server', message: error.message }, { shouldFocus: true });
  return null;
};
