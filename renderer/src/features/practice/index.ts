export { PracticeDetailsFields } from './PracticeDetailsFields';
export { PracticeSettingsPage } from './PracticeSettingsPage';
export type { PracticeDetails } from './practice-form';
export { emptyPracticeDetails } from './practice-form';
