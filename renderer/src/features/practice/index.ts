export { PracticeDetailsFields } from './PracticeDetailsFields';
export { PracticeSettingsPage } from './PracticeSettingsPage';
export type { PracticeDetails, PracticeDetailsValues } from './practice-form';
export { emptyPracticeDetails, practiceDetailsFields } from './practice-form';
