export { ScheduleSetupPage } from './ScheduleSetupPage';
