/** The text with `token` put where the cursor was (replacing any selection), and where the cursor goes next. */
export const insertAtCursor = (
  text: string,
  token: string,
  selectionStart: number | null,
  selectionEnd: number | null,
): { text: string; cursor: number } => {
  const start = selectionStart ?? text.length;
  const end = selectionEnd ?? start;
  return { text: text.slice(0, start) + token + text.slice(end), cursor: start + token.length };
};
