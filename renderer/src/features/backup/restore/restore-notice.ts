interface RestoredFacts {
  /** When the backup was made, already written for people (e.g. "Nov 21, 2026, 2:00 AM"). */
  madeOn: string;
  practiceName: string;
  /** Where the replaced store was moved; empty when there was none. */
  previousKeptAt: string;
}

/** What the sign-in screen says after a restore: what happened, what to do now, and where the old charts are. */
export const restoredNotice = ({ madeOn, practiceName, previousKeptAt }: RestoredFacts): string =>
  [
    `Chartroom was restored from the backup${practiceName ? ` of ${practiceName}` : ''} made ${madeOn}.`,
    'Everyone was signed out. Sign in with an account that existed when that backup was made.',
    previousKeptAt
      ? `The charts it replaced were not deleted: they are kept in ${previousKeptAt}.`
      : 'There were no charts on this workstation to keep aside.',
  ].join(' ');
