/**
 * The patients feature's public face. The app shell uses the finder and the registration page; the
 * chart reuses the patient form (one form serves registration and editing) and the name and date
 * formats, so a patient reads the same everywhere.
 */
export { DiscardChangesModal } from './form/DiscardChangesModal';
export { DraftStatus } from './form/DraftStatus';
export { PatientForm } from './form/PatientForm';
export { RevealOnMount } from './form/RevealOnMount';
export { placeServerError } from './form/server-errors';
export { usePatientForm } from './form/use-patient-form';
export { ageText, formatDate } from './model/dates';
export { type PatientFormValues, patientToFormValues } from './model/form-values';
export { patientName, preferredNameOf } from './model/names';
export { RegisterPatientPage, type RegisterPatientPageProps } from './register/RegisterPatientPage';
export { PatientSearch, type PatientSearchProps } from './search/PatientSearch';
export { PatientSearchButton } from './search/PatientSearchButton';
