/** How a patient's name is written on screen: family name first, as charts are filed and searched. */
interface NameParts {
  legalFamilyName: string;
  legalGivenName: string;
  preferredName: string;
}

export const patientName = (patient: Pick<NameParts, 'legalFamilyName' | 'legalGivenName'>): string =>
  `${patient.legalFamilyName}, ${patient.legalGivenName}`;

/** The preferred name only when it tells the reader something the legal given name does not. */
export const preferredNameOf = (patient: NameParts): string => {
  const preferred = patient.preferredName.trim();
  return preferred && preferred.toLowerCase() !== patient.legalGivenName.trim().toLowerCase() ? preferred : '';
};

/** "Family, Given (Preferred)", the form used in lists of patients. */
export const patientListName = (patient: NameParts): string => {
  const preferred = preferredNameOf(patient);
  return preferred ? `${patientName(patient)} (${preferred})` : patientName(patient);
};
