/**
 * Error codes that cross the boundary. The renderer decides what to show from the code;
 * the message is already plain words that say what happened and what to do next.
 */
export const errorCodes = [
  'BAD_REQUEST',
  'UNAUTHENTICATED',
  'SESSION_EXPIRED',
  'SESSION_LOCKED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  /** A booking or move over a warning (overlap, outside hours, a break, a day off): repeat it with a reason to override. */
  'SCHEDULE_CONFLICT',
  /** A release that includes an unsigned note: repeat it with releasePreliminary to print it marked PRELIMINARY. */
  'CONFIRMATION_REQUIRED',
  'INVALID_CREDENTIALS',
  'LOCKED_OUT',
  'WEAK_PASSWORD',
  'WRONG_RECOVERY_KEY',
  'RECOVERY_KEY_TYPO',
  'NOT_INITIALISED',
  'ALREADY_INITIALISED',
  'WRONG_KEY',
  'KEYRING_MISSING',
  'KEYRING_CORRUPT',
  'STORE_MISSING',
  'STORE_CORRUPT',
  'DB_FROM_FUTURE',
  'DISK_FULL',
  'READ_ONLY',
  'BACKUP_EMPTY_FILE',
  'BACKUP_DAMAGED',
  'BACKUP_WRONG_KEY',
  'BACKUP_EMPTY_DATABASE',
  'BACKUP_MISMATCH',
  'BACKUP_NOT_FOUND',
  'BACKUP_IN_PROGRESS',
  'DESTINATION_UNAVAILABLE',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

/** Thrown by services and mapped by the router to `{ ok: false, error }`. */
export class ChartroomError extends Error {
  readonly code: ErrorCode;
  readonly field: string | undefined;
  constructor(code: ErrorCode, message: string, field?: string) {
    super(message);
    this.name = 'ChartroomError';
    this.code = code;
    this.field = field;
  }
}
