import type { AuditAction } from '../../../../electron/contract';

/** Each audited action in the words an office manager would use. */
export const auditActionLabels: Record<AuditAction, string> = {
  'practice.setup': 'Practice set up',
  'practice.update': 'Practice settings changed',
  login: 'Signed in',
  'login.failed': 'Sign-in failed',
  'login.locked-out': 'Sign-in blocked after failures',
  logout: 'Signed out',
  'session.lock': 'Screen locked',
  'session.unlock': 'Screen unlocked',
  'session.expired': 'Session expired',
  'password.change': 'Password changed',
  'password.recover': 'Password reset with recovery key',
  'user.create': 'Staff account created',
  'user.update': 'Staff account changed',
  'user.deactivate': 'Staff account deactivated',
  'user.reactivate': 'Staff account reactivated',
  'user.password-reset': 'Staff password reset',
  'access.denied': 'Access refused',
  'patient.register': 'Patient registered',
  'patient.register-duplicate-override': 'Patient registered despite possible duplicate',
  'patient.search': 'Patients searched',
  'chart.open': 'Chart opened',
  'patient.update': 'Demographics changed',
  'patient.history': 'Demographics history viewed',
  'audit.view': 'Audit report viewed',
  'audit.verify': 'Audit chain verified',
  'allergy.add': 'Allergy recorded',
  'allergy.update': 'Allergy edited',
  'allergy.retire': 'Allergy retired',
  'allergy.no-known': 'No known allergies recorded',
  'backup.settings': 'Backup schedule changed',
  'backup.destination': 'Backup destination changed',
  'backup.run': 'Backup made',
  'backup.verify': 'Backup verified',
  'backup.drill': 'Restore drill run',
  'backup.restore': 'Practice restored from a backup',
  'backup.lookup': 'Record read from a backup',
};

export const auditActionLabel = (action: string): string =>
  action in auditActionLabels ? auditActionLabels[action as AuditAction] : action;
