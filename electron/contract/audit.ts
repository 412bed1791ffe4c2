import { z } from 'zod';
import { id, isoDate } from './fields';

/** Every audited action (SECURITY.md S8). Stored as text; renamed only by a migration. */
export const auditActions = [
  'practice.setup',
  'practice.update',
  'login',
  'login.failed',
  'login.locked-out',
  'logout',
  'session.lock',
  'session.unlock',
  'session.expired',
  'password.change',
  'password.recover',
  'user.create',
  'user.update',
  'user.deactivate',
  'user.reactivate',
  'user.password-reset',
  'access.denied',
  'patient.register',
  'patient.register-duplicate-override',
  'patient.search',
  'chart.open',
  'patient.update',
  'patient.history',
  'audit.view',
  'audit.verify',
  'allergy.add',
  'allergy.update',
  'allergy.retire',
  'allergy.no-known',
  'problem.add',
  'problem.update',
  'problem.retire',
  'backup.settings',
  'backup.destination',
  'backup.run',
  'backup.verify',
  'backup.drill',
  'backup.restore',
  'backup.lookup',
] as const;
export type AuditAction = (typeof auditActions)[number];

export const auditQuerySchema = z.strictObject({
  userId: id('User').optional(),
  patientId: id('Patient').optional(),
  action: z.enum(auditActions).optional(),
  from: isoDate('From date').optional(),
  to: isoDate('To date').optional(),
  /** Rows older than this id: the next page. */
  beforeId: z.number().int().positive().optional(),
  limit: z.number().int().min(1).max(500).default(100),
});

export const auditRowSchema = z.object({
  id: z.number(),
  at: z.string(),
  userId: z.number().nullable(),
  username: z.string(),
  action: z.string(),
  outcome: z.enum(['success', 'failure']),
  patientId: z.number().nullable(),
  patientName: z.string(),
  patientMrn: z.string(),
  workstation: z.string(),
  detail: z.string(),
});
export type AuditRowDto = z.output<typeof auditRowSchema>;

export const auditPageSchema = z.object({ rows: z.array(auditRowSchema), nextBeforeId: z.number().nullable() });

export const auditVerifySchema = z.object({
  ok: z.boolean(),
  rowsChecked: z.number(),
  firstBrokenId: z.number().nullable(),
  message: z.string(),
});
