/** The limit the server puts on a search of a backup; more matches than this need a narrower search. */
export const lookupResultLimit = 50;

/** One line saying how a search of the backup was read and how many patients matched. */
export const lookupSearchSummary = (interpretation: string, count: number): string => {
  // The server's own hint for a half-typed date ("Finish typing the date of birth").
  if (count === 0 && interpretation.startsWith('Finish')) return `${interpretation}.`;
  const reading = interpretation ? `Searching for ${interpretation}. ` : '';
  if (count === 0) return `${reading}No patient in this backup matches.`;
  if (count >= lookupResultLimit)
    return `${reading}Showing the first ${count} matches; add more detail to narrow the list.`;
  return `${reading}${count === 1 ? '1 patient matches' : `${count} patients match`}.`;
};
