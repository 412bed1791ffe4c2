/** Two different group positions (0-based) the user must type back to prove the key was written down. */
export const pickGroupsToConfirm = (groupCount: number, random: () => number = secureRandom): [number, number] => {
  if (groupCount < 2) throw new Error('A recovery key has at least two groups.');
  const first = Math.floor(random() * groupCount);
  // Choosing among the other positions keeps the two distinct without retrying.
  const offset = 1 + Math.floor(random() * (groupCount - 1));
  return [first, (first + offset) % groupCount].sort((a, b) => a - b) as [number, number];
};

/** Spaces, dashes and letter case do not matter when a group is typed back from paper. */
export const normaliseGroup = (typed: string): string => typed.toUpperCase().replace(/[\s-]/g, '');

export const groupMatches = (typed: string, group: string): boolean => normaliseGroup(typed) === normaliseGroup(group);

interface KeyFileInput {
  practiceName: string;
  createdOn: string;
  groups: readonly string[];
}

/** The text of the saved key file: the key and what to do with it, readable without Chartroom. */
export const recoveryKeyFileText = ({ practiceName, createdOn, groups }: KeyFileInput): string =>
  [
    'CHARTROOM RECOVERY KEY',
    '',
    `Practice: ${practiceName}`,
    `Created: ${createdOn}`,
    '',
    groups.join('  '),
    '',
    "This key opens the practice's encrypted charts when no staff password can:",
    'a forgotten office manager password, or restoring a backup onto a new computer.',
    'Without it, a lost password and a dead workstation mean the charts are lost for good.',
    '',
    'Print it or copy it onto paper, keep it in the practice safe, and delete this file',
    'from this computer once it is somewhere safe. Anyone holding it and a backup can read the charts.',
    '',
  ].join('\n');

const secureRandom = (): number => {
  const [value] = crypto.getRandomValues(new Uint32Array(1));
  return (value ?? 0) / 2 ** 32;
};
