import type { Permission } from '../../../electron/contract';
import type { Route } from './router';

interface RouteInfo {
  /** Window title and navigation label; never a patient's name. */
  title: string;
  /** What the session needs for the page; the server enforces it again on every call. */
  permission: Permission | null;
}

export const routeInfo: Record<Route['name'], RouteInfo> = {
  home: { title: 'Home', permission: null },
  'register-patient': { title: 'Register patient', permission: 'patients.register' },
  schedule: { title: 'Schedule', permission: 'schedule.read' },
  chart: { title: 'Chart', permission: 'patients.read' },
  users: { title: 'Staff accounts', permission: 'users.manage' },
  practice: { title: 'Practice settings', permission: 'practice.manage' },
  'note-templates': { title: 'Note templates', permission: 'templates.manage' },
  'schedule-setup': { title: 'Schedule setup', permission: 'schedule.manage' },
  audit: { title: 'Audit report', permission: 'audit.read' },
  backups: { title: 'Backups', permission: 'backup.manage' },
  exchange: { title: 'Export and import', permission: 'records.exchange' },
  restore: { title: 'Restore from a backup', permission: 'backup.manage' },
  'backup-lookup': { title: 'Backup lookup (read only)', permission: 'backup.manage' },
  'change-password': { title: 'Change password', permission: null },
  'day-sheet': { title: 'Day sheet', permission: 'schedule.read' },
  'patient-flow': { title: 'Patient flow', permission: 'schedule.read' },
  recalls: { title: 'Recalls', permission: 'schedule.read' },
};

export const mayOpen = (name: Route['name'], permissions: readonly Permission[]): boolean => {
  const needed = routeInfo[name].permission;
  return needed === null || permissions.includes(needed);
};
