import { isDamaged, unreadable } from '../../../db';
import { ChartroomError } from '../../contract/errors';
import type { ApiError } from '../../contract/result';

/**
 * Maps anything a handler throws to an ApiError. Unknown errors become a plain "nothing was saved"
 * and are logged by class and code only: messages can carry patient data (SECURITY.md S14).
 */
export const toApiError = (error: unknown, procedureName: string, log: (line: string) => void): ApiError => {
  if (error instanceof ChartroomError) {
    return error.field === undefined
      ? { code: error.code, message: error.message }
      : { code: error.code, message: error.message, field: error.field };
  }
  // A page that fails its cipher authentication or a broken b-tree, met by an ordinary read.
  if (isDamaged(error)) {
    const damaged = unreadable();
    return { code: damaged.code, message: damaged.message };
  }
  const code = (error as { code?: unknown })?.code;
  if (code === 'SQLITE_FULL' || code === 'ENOSPC') {
    return {
      code: 'DISK_FULL',
      message:
        'The disk is full, so this was not saved. Your typing is kept on screen: free some disk space, then save again.',
    };
  }
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') {
    return {
      code: 'CONFLICT',
      message: 'Chartroom was busy saving something else, so this was not saved. Try again in a moment.',
    };
  }
  const errorClass = error instanceof Error ? error.constructor.name : typeof error;
  log(`procedure=${procedureName} error=${errorClass} code=${typeof code === 'string' ? code : '-'}`);
  return {
    code: 'INTERNAL',
    message:
      'Something went wrong inside Chartroom and nothing was saved. Try again; if it keeps happening, tell the office manager.',
  };
};
