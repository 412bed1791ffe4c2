import type { ErrorCode } from './errors';

/** What every procedure returns across the boundary: a value, or a code and a plain-language message. Never a stack. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export interface ApiError {
  code: ErrorCode;
  message: string;
  /** Which input field the message is about, when there is one, so a form can put it beside that field. */
  field?: string;
}

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string, field?: string): Result<never> => ({
  ok: false,
  error: field === undefined ? { code, message } : { code, message, field },
});
