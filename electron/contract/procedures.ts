import { z } from 'zod';
import {
  changePasswordInputSchema,
  createUserInputSchema,
  loginInputSchema,
  practiceInputSchema,
  practiceSchema,
  practiceSettingsSchema,
  recoverInputSchema,
  resetPasswordInputSchema,
  sessionSchema,
  setUserActiveInputSchema,
  setupInputSchema,
  setupOutputSchema,
  setupStatusSchema,
  unlockInputSchema,
  updateUserInputSchema,
  userSchema,
} from './accounts';
import {
  addAllergyInputSchema,
  allergyListSchema,
  allergyRefSchema,
  allergySchema,
  chartItemVersionSchema,
  retireAllergyInputSchema,
  updateAllergyInputSchema,
} from './allergies';
import { auditPageSchema, auditQuerySchema, auditVerifySchema } from './audit';
import {
  addDestinationInputSchema,
  backupIndicatorSchema,
  backupInfoSchema,
  backupRunSchema,
  backupSettingsSchema,
  backupStatusSchema,
  destinationSchema,
  inspectBackupInputSchema,
  lookupInputSchema,
  lookupPatientInputSchema,
  lookupRefSchema,
  openLookupOutputSchema,
  restoreInputSchema,
  restoreOutputSchema,
  updateDestinationInputSchema,
  verifyReportSchema,
} from './backup';
import { draftOrNullSchema, draftRefSchema, saveDraftInputSchema } from './drafts';
import {
  duplicateCandidatesSchema,
  duplicateCheckInputSchema,
  historyEntrySchema,
  patientRefSchema,
  patientSchema,
  patientSummarySchema,
  registerInputSchema,
  registerOutputSchema,
  searchInputSchema,
  searchOutputSchema,
  updateInputSchema,
} from './patients';
import {
  addProblemInputSchema,
  codeSearchInputSchema,
  codeSearchOutputSchema,
  problemListSchema,
  problemRefSchema,
  problemSchema,
  retireProblemInputSchema,
  updateProblemInputSchema,
} from './problems';
import { procedure } from './procedure';

const none = z.strictObject({});
const done = z.object({ done: z.literal(true) });

/**
 * THE API: every procedure the renderer may call, keyed `domain.action`. The router in
 * electron/main/api enforces `access`, parses `input` strictly and returns `output`.
 */
export const procedures = {
  'setup.status': procedure('public', none, setupStatusSchema),
  'setup.initialise': procedure('public', setupInputSchema, setupOutputSchema),
  /** A new or broken workstation brought back from a backup and its recovery key; refused once a practice is set up. */
  'setup.restore': procedure('public', restoreInputSchema, restoreOutputSchema),

  'auth.session': procedure('public', none, sessionSchema.nullable()),
  'auth.login': procedure('public', loginInputSchema, sessionSchema),
  'auth.recover': procedure('public', recoverInputSchema, done),
  'auth.unlock': procedure('locked', unlockInputSchema, sessionSchema),
  /** The Lock button ('user') or the screen's idle timer ('idle'): the audit report tells them apart. */
  'auth.lock': procedure('locked', z.strictObject({ reason: z.enum(['user', 'idle']).default('user') }), done),
  'auth.logout': procedure('locked', none, done),
  'auth.changePassword': procedure('session', changePasswordInputSchema, done),
  /** Tells the main process the user is active (typing, scrolling) though no data call was made. */
  'auth.touch': procedure('session', none, done),

  'practice.get': procedure('session', none, practiceSchema),
  'practice.update': procedure(
    'practice.manage',
    z.strictObject({ ...practiceInputSchema.shape, ...practiceSettingsSchema.shape }),
    practiceSchema,
  ),

  'users.list': procedure('users.manage', none, z.array(userSchema)),
  'users.create': procedure('users.manage', createUserInputSchema, userSchema),
  'users.update': procedure('users.manage', updateUserInputSchema, userSchema),
  'users.setActive': procedure('users.manage', setUserActiveInputSchema, userSchema),
  'users.resetPassword': procedure('users.manage', resetPasswordInputSchema, done),

  'patients.search': procedure('patients.read', searchInputSchema, searchOutputSchema),
  'patients.checkDuplicates': procedure('patients.register', duplicateCheckInputSchema, duplicateCandidatesSchema),
  'patients.register': procedure('patients.register', registerInputSchema, registerOutputSchema),
  'patients.get': procedure('patients.read', patientRefSchema, patientSchema),
  'patients.update': procedure('patients.edit', updateInputSchema, patientSchema),
  'patients.history': procedure('patients.read', patientRefSchema, z.array(historyEntrySchema)),

  'allergies.list': procedure('patients.read', patientRefSchema, allergyListSchema),
  'allergies.add': procedure('chart.write', addAllergyInputSchema, allergySchema),
  'allergies.update': procedure('chart.write', updateAllergyInputSchema, allergySchema),
  'allergies.retire': procedure('chart.write', retireAllergyInputSchema, allergySchema),
  'allergies.markNoKnown': procedure('chart.write', patientRefSchema, allergyListSchema),
  'allergies.history': procedure('chart.read', allergyRefSchema, z.array(chartItemVersionSchema)),

  'problems.list': procedure('chart.read', patientRefSchema, problemListSchema),
  'problems.add': procedure('chart.write', addProblemInputSchema, problemSchema),
  'problems.update': procedure('chart.write', updateProblemInputSchema, problemSchema),
  'problems.retire': procedure('chart.write', retireProblemInputSchema, problemSchema),
  'problems.history': procedure('chart.read', problemRefSchema, z.array(chartItemVersionSchema)),
  'codes.searchIcd10': procedure('chart.read', codeSearchInputSchema, codeSearchOutputSchema),

  'audit.list': procedure('audit.read', auditQuerySchema, auditPageSchema),
  'audit.verify': procedure('audit.read', none, auditVerifySchema),

  'backup.status': procedure('backup.manage', none, backupStatusSchema),
  'backup.indicator': procedure('session', none, backupIndicatorSchema),
  'backup.getSettings': procedure('backup.manage', none, backupSettingsSchema),
  'backup.updateSettings': procedure('backup.manage', backupSettingsSchema, backupSettingsSchema),
  'backup.listDestinations': procedure('backup.manage', none, z.array(destinationSchema)),
  'backup.addDestination': procedure('backup.manage', addDestinationInputSchema, destinationSchema),
  'backup.updateDestination': procedure('backup.manage', updateDestinationInputSchema, destinationSchema),
  'backup.runNow': procedure('backup.manage', none, backupRunSchema),
  'backup.verifyNow': procedure('backup.manage', none, verifyReportSchema),
  'backup.history': procedure(
    'backup.manage',
    z.strictObject({ limit: z.number().int().min(1).max(200).default(30) }),
    z.array(backupRunSchema),
  ),

  'restore.inspect': procedure('backup.manage', inspectBackupInputSchema, backupInfoSchema),
  'restore.apply': procedure('backup.manage', restoreInputSchema, restoreOutputSchema),
  'restore.openLookup': procedure('backup.manage', restoreInputSchema, openLookupOutputSchema),
  'restore.lookupSearch': procedure(
    'backup.manage',
    lookupInputSchema,
    z.object({ interpretation: z.string(), results: z.array(patientSummarySchema) }),
  ),
  'restore.lookupPatient': procedure('backup.manage', lookupPatientInputSchema, patientSchema),
  'restore.closeLookup': procedure('backup.manage', lookupRefSchema, done),

  'drafts.save': procedure('session', saveDraftInputSchema, done),
  'drafts.get': procedure('session', draftRefSchema, draftOrNullSchema),
  'drafts.discard': procedure('session', draftRefSchema, done),
} as const;

export type Procedures = typeof procedures;
export type ProcedureName = keyof Procedures;
export type InputOf<N extends ProcedureName> = z.input<Procedures[N]['input']>;
export type ParsedInputOf<N extends ProcedureName> = z.output<Procedures[N]['input']>;
export type OutputOf<N extends ProcedureName> = z.output<Procedures[N]['output']>;
export const procedureNames = Object.keys(procedures) as ProcedureName[];
