import { Alert } from '@mantine/core';

/** A form-level problem in the server's own plain words, announced to screen readers. */
export function FormAlert({ message, title = 'That did not work' }: { message: string | null; title?: string }) {
  if (!message) return null;
  return (
    <Alert color="red" variant="light" title={title}>
      {message}
    </Alert>
  );
}
