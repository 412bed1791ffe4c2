import { dictionary } from '@zxcvbn-ts/language-common';
import { ChartroomError } from '../../contract/errors';

/**
 * NIST SP 800-63B section 5.1.1.2: at least 8 characters, no composition rules, and a check against
 * commonly used and breached passwords, repetitive or sequential characters, and context words such
 * as the username or the product name (SECURITY.md S6). The list is zxcvbn's 49k common passwords.
 */
let commonPasswords: Set<string> | null = null;
const isCommon = (password: string): boolean => {
  commonPasswords ??= new Set(dictionary['passwords-common'].map((p) => p.toLowerCase()));
  return commonPasswords.has(password.toLowerCase());
};

const sequences = ['0123456789', 'abcdefghijklmnopqrstuvwxyz', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
const isSequential = (password: string): boolean => {
  const lower = password.toLowerCase();
  return sequences.some((run) => run.includes(lower) || [...run].reverse().join('').includes(lower));
};

/** `field` names the input that carried the password, so the form can show the reason beside it. */
export const assertAcceptablePassword = (
  password: string,
  context: { username: string; fullName?: string },
  field: 'password' | 'newPassword' | 'admin.password' = 'password',
): void => {
  const reject = (reason: string) => {
    throw new ChartroomError('WEAK_PASSWORD', reason, field);
  };
  if (password.length < 8)
    reject('Use at least 8 characters; a short phrase of a few words is easy to remember and hard to guess.');
  if (/^(.)\1+$/u.test(password)) reject('This password repeats one character; choose a phrase instead.');
  if (isSequential(password))
    reject('This password is a simple sequence (like 12345678 or qwerty); choose a phrase instead.');
  if (isCommon(password))
    reject(
      'This password is on the list of commonly used and breached passwords; choose another, such as a short phrase.',
    );
  const lower = password.toLowerCase();
  const contextWords = ['chartroom', context.username, ...(context.fullName ?? '').split(/\s+/)].filter(
    (w) => w.length >= 3,
  );
  if (contextWords.some((word) => lower.includes(word.toLowerCase()))) {
    reject('The password must not contain your name, your username or the word Chartroom.');
  }
};
