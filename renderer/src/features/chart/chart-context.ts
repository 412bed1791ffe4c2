import type { FaceSheetDto, PatientDto, Permission, Result } from '../../../../electron/contract';

/** What every chart section is given: the open chart's patient, and what the signed-in user may do. */
export interface ChartContext {
  patientId: number;
  patient: PatientDto;
  permissions: readonly Permission[];
  /** chart.write: record clinical data. */
  canWrite: boolean;
  /** Replace the banner's copy of the patient (after an allergy change, a demographics save). */
  replacePatient: (patient: PatientDto) => void;
  /** Read the patient again (after a conflict, or to see someone else's change). */
  reloadPatient: () => void;
  /** Go to another section of the same chart (the face sheet's "See all"). */
  openSection: (section: ChartSectionId) => void;
  /** The face sheet request started as the chart opened (once; null after, or when it opened elsewhere). */
  openingFaceSheet: { take: () => Promise<Result<FaceSheetDto>> | null };
}

/** The sections of a chart, in tab order. */
export const chartSectionIds = [
  'summary',
  'problems',
  'medications',
  'allergies',
  'immunizations',
  'vitals',
  'labs',
  'encounters',
  'documents',
  'histories',
  'demographics',
  'disclosures',
] as const;
export type ChartSectionId = (typeof chartSectionIds)[number];
