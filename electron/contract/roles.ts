/**
 * Roles and what each may do. The main process enforces this table on every call (SECURITY.md S3);
 * the renderer only uses it to hide what a user cannot do. docs/roles.md is generated from it.
 */
export const roles = ['office_manager', 'physician', 'nurse', 'front_desk'] as const;
export type Role = (typeof roles)[number];

export const roleLabels: Record<Role, string> = {
  office_manager: 'Office manager',
  physician: 'Physician',
  nurse: 'Nurse / MA',
  front_desk: 'Front desk',
};

export const permissions = {
  'patients.read': 'Find patients and open their banner and demographics',
  'patients.register': 'Register new patients',
  'patients.edit': 'Edit demographics, contacts and insurance',
  'chart.read': 'Read clinical data (problems, medications, notes, results)',
  'chart.write': 'Record clinical data and draft notes',
  'notes.sign': 'Sign notes',
  'templates.manage': 'Edit note templates and their smart inserts',
  'schedule.read': 'See the calendar, the patient-flow board and the recall list',
  'schedule.book': 'Book, move and cancel appointments; check patients in and out; set recalls',
  'schedule.manage': "Set up providers' hours, rooms and appointment types",
  'users.manage': 'Create, edit and deactivate staff accounts; reset passwords; change roles',
  'practice.manage': 'Change practice details and security settings',
  'audit.read': 'Read the audit report',
  'backup.manage': 'Run, schedule and restore backups',
  'records.release': 'Print, save and fax records for a patient, export a chart, and read its disclosure log',
  'records.exchange': 'Export the whole practice and import patients from other systems (FHIR, CSV)',
} as const;
export type Permission = keyof typeof permissions;

export const rolePermissions: Record<Role, readonly Permission[]> = {
  office_manager: [
    'patients.read',
    'patients.register',
    'patients.edit',
    'users.manage',
    'practice.manage',
    'templates.manage',
    'schedule.read',
    'schedule.book',
    'schedule.manage',
    'audit.read',
    'backup.manage',
    'records.release',
    'records.exchange',
  ],
  physician: [
    'patients.read',
    'patients.register',
    'patients.edit',
    'chart.read',
    'chart.write',
    'notes.sign',
    'templates.manage',
    'schedule.read',
    'schedule.book',
    'records.release',
  ],
  nurse: [
    'patients.read',
    'patients.register',
    'patients.edit',
    'chart.read',
    'chart.write',
    'schedule.read',
    'schedule.book',
    'records.release',
  ],
  front_desk: [
    'patients.read',
    'patients.register',
    'patients.edit',
    'schedule.read',
    'schedule.book',
    'records.release',
  ],
};

export const can = (role: Role, permission: Permission): boolean => rolePermissions[role].includes(permission);
