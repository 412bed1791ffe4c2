/** Common answers offered while typing; they speed up the usual case and never limit what can be entered. */
export const pronounSuggestions = ['she/her', 'he/him', 'they/them', 'she/they', 'he/they'] as const;

export const genderIdentitySuggestions = [
  'Woman',
  'Man',
  'Non-binary',
  'Transgender woman',
  'Transgender man',
  'Genderqueer',
  'Prefers not to say',
] as const;

/** The languages most often spoken at home in the US after English (Census ACS), and ASL. */
export const languageSuggestions = [
  'English',
  'Spanish',
  'Chinese',
  'Tagalog',
  'Vietnamese',
  'Arabic',
  'French',
  'Korean',
  'Russian',
  'Haitian Creole',
  'Portuguese',
  'German',
  'Hindi',
  'Polish',
  'American Sign Language',
] as const;

export const relationshipSuggestions = [
  'Spouse',
  'Partner',
  'Parent',
  'Child',
  'Sibling',
  'Friend',
  'Guardian',
] as const;
