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
import {
  appointmentRefSchema,
  appointmentSchema,
  bookInputSchema,
  bookOutputSchema,
  cancelInputSchema,
  dayInputSchema,
  dayOutputSchema,
  findNextInputSchema,
  findNextOutputSchema,
  monthInputSchema,
  monthOutputSchema,
  moveInputSchema,
  patientAppointmentsInputSchema,
  patientAppointmentsSchema,
  statusInputSchema,
} from './appointments';
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
import { icd10SourceSchema, importIcd10InputSchema } from './code-sets';
import {
  documentContentSchema,
  documentListSchema,
  documentSchema,
  documentWrites,
  importDocumentInputSchema,
} from './documents';
import { draftOrNullSchema, draftRefSchema, saveDraftInputSchema } from './drafts';
import {
  encounterListInputSchema,
  encounterListSchema,
  encounterSchema,
  encounterWrites,
  providerListSchema,
} from './encounters';
import {
  csvDryRunSchema,
  csvInputSchema,
  exportedBundleSchema,
  exportPatientInputSchema,
  exportPracticeInputSchema,
  fhirImportFileSchema,
  fhirImportInputSchema,
  fhirImportPreviewSchema,
  jobRefSchema,
  jobSchema,
} from './exchange';
import { faceSheetSchema } from './face-sheet';
import {
  familyHistoryListSchema,
  familyHistorySchema,
  familyHistoryWrites,
  saveSocialHistoryInputSchema,
  socialHistoryOrNullSchema,
  socialHistorySchema,
} from './histories';
import { cvxSearchOutputSchema, immunizationListSchema, immunizationSchema, immunizationWrites } from './immunizations';
import {
  confirmLabImportInputSchema,
  labImportPreviewSchema,
  labImportResultSchema,
  labPanelListSchema,
  labPanelSchema,
  labTrendInputSchema,
  labTrendSchema,
  labWrites,
  previewLabImportInputSchema,
} from './labs';
import { medicationListSchema, medicationSchema, medicationWrites, rxNormSearchOutputSchema } from './medications';
import { noteTemplateSchema, saveTemplateInputSchema, setTemplateActiveInputSchema } from './note-templates';
import {
  addAddendumInputSchema,
  createNoteInputSchema,
  noteRefSchema,
  noteSchema,
  requestCosignInputSchema,
  retireNoteInputSchema,
  savedDraftSchema,
  saveNoteDraftInputSchema,
  signNoteInputSchema,
} from './notes';
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
  daySheetInputSchema,
  letterheadLogoSchema,
  printedDocumentSchema,
  setLetterheadLogoInputSchema,
} from './print';
import {
  codeSearchInputSchema,
  codeSearchOutputSchema,
  problemListSchema,
  problemSchema,
  problemWrites,
} from './problems';
import { procedure } from './procedure';
import {
  recallListInputSchema,
  recallListSchema,
  recallSchema,
  setRecallInputSchema,
  updateRecallInputSchema,
} from './recalls';
import {
  disclosureSchema,
  preparedReleaseSchema,
  recordReleaseInputSchema,
  releasableItemsSchema,
  releaseInputSchema,
} from './release';
import {
  addDayOffInputSchema,
  appointmentTypeSchema,
  providerScheduleSchema,
  removeDayOffInputSchema,
  roomSchema,
  saveProviderInputSchema,
  saveRoomInputSchema,
  saveTypeInputSchema,
  scheduleSetupSchema,
} from './schedule-setup';
import { vitalsListSchema, vitalsSchema, vitalsWrites } from './vitals';

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

  /** Everything the calendar needs: the practice's zone, providers with hours and days off, rooms, types. */
  'schedule.setup': procedure('schedule.read', none, scheduleSetupSchema),
  /** A provider's bookability, colour and whole week of hours, replaced in one save. */
  'schedule.saveProvider': procedure('schedule.manage', saveProviderInputSchema, providerScheduleSchema),
  'schedule.addDayOff': procedure('schedule.manage', addDayOffInputSchema, providerScheduleSchema),
  'schedule.removeDayOff': procedure('schedule.manage', removeDayOffInputSchema, providerScheduleSchema),
  'schedule.saveRoom': procedure('schedule.manage', saveRoomInputSchema, roomSchema),
  'schedule.saveType': procedure('schedule.manage', saveTypeInputSchema, appointmentTypeSchema),

  'users.list': procedure('users.manage', none, z.array(userSchema)),
  'users.create': procedure('users.manage', createUserInputSchema, userSchema),
  'users.update': procedure('users.manage', updateUserInputSchema, userSchema),
  'users.setActive': procedure('users.manage', setUserActiveInputSchema, userSchema),
  'users.resetPassword': procedure('users.manage', resetPasswordInputSchema, done),

  /** The letterhead logo printed on every document (issue 6); null when none is set. */
  'practice.letterheadLogo': procedure('session', none, letterheadLogoSchema.nullable()),
  'practice.setLetterheadLogo': procedure('practice.manage', setLetterheadLogoInputSchema, done),
  'patients.search': procedure('patients.read', searchInputSchema, searchOutputSchema),
  'patients.checkDuplicates': procedure('patients.register', duplicateCheckInputSchema, duplicateCandidatesSchema),
  'patients.register': procedure('patients.register', registerInputSchema, registerOutputSchema),
  'patients.get': procedure('patients.read', patientRefSchema, patientSchema),
  'patients.update': procedure('patients.edit', updateInputSchema, patientSchema),
  'patients.history': procedure('patients.read', patientRefSchema, z.array(historyEntrySchema)),

  /** The face sheet: the chart's summary, in one round trip. */
  'chart.faceSheet': procedure('chart.read', patientRefSchema, faceSheetSchema),
  'allergies.list': procedure('patients.read', patientRefSchema, allergyListSchema),
  'allergies.add': procedure('chart.write', addAllergyInputSchema, allergySchema),
  'allergies.update': procedure('chart.write', updateAllergyInputSchema, allergySchema),
  'allergies.retire': procedure('chart.write', retireAllergyInputSchema, allergySchema),
  'allergies.markNoKnown': procedure('chart.write', patientRefSchema, allergyListSchema),
  'allergies.history': procedure('chart.read', allergyRefSchema, z.array(chartItemVersionSchema)),

  'problems.list': procedure('chart.read', patientRefSchema, problemListSchema),
  'problems.add': procedure('chart.write', problemWrites.add, problemSchema),
  'problems.update': procedure('chart.write', problemWrites.update, problemSchema),
  'problems.retire': procedure('chart.write', problemWrites.retire, problemSchema),
  'problems.history': procedure('chart.read', problemWrites.ref, z.array(chartItemVersionSchema)),
  'codes.searchIcd10': procedure('chart.read', codeSearchInputSchema, codeSearchOutputSchema),
  /** Which ICD-10-CM codes problems are picked from: the shipped starter set or an imported CMS file. */
  'codes.icd10Source': procedure('practice.manage', none, icd10SourceSchema),
  'codes.importIcd10': procedure('practice.manage', importIcd10InputSchema, icd10SourceSchema),
  'codes.searchRxNorm': procedure('chart.read', codeSearchInputSchema, rxNormSearchOutputSchema),
  'codes.searchCvx': procedure('chart.read', codeSearchInputSchema, cvxSearchOutputSchema),

  'medications.list': procedure('chart.read', patientRefSchema, medicationListSchema),
  'medications.add': procedure('chart.write', medicationWrites.add, medicationSchema),
  'medications.update': procedure('chart.write', medicationWrites.update, medicationSchema),
  'medications.retire': procedure('chart.write', medicationWrites.retire, medicationSchema),
  'medications.history': procedure('chart.read', medicationWrites.ref, z.array(chartItemVersionSchema)),
  /** "Reviewed today": medication reconciliation, recorded with who and when. */
  'medications.markReviewed': procedure('chart.write', patientRefSchema, medicationListSchema),

  'immunizations.list': procedure('chart.read', patientRefSchema, immunizationListSchema),
  'immunizations.add': procedure('chart.write', immunizationWrites.add, immunizationSchema),
  'immunizations.update': procedure('chart.write', immunizationWrites.update, immunizationSchema),
  'immunizations.retire': procedure('chart.write', immunizationWrites.retire, immunizationSchema),
  'immunizations.history': procedure('chart.read', immunizationWrites.ref, z.array(chartItemVersionSchema)),

  /** The encounter timeline, newest first, each with its notes (no note text), filterable by type and provider. */
  'encounters.list': procedure('chart.read', encounterListInputSchema, encounterListSchema),
  'encounters.add': procedure('chart.write', encounterWrites.add, encounterSchema),
  'encounters.update': procedure('chart.write', encounterWrites.update, encounterSchema),
  'encounters.retire': procedure('chart.write', encounterWrites.retire, encounterSchema),
  'encounters.history': procedure('chart.read', encounterWrites.ref, z.array(chartItemVersionSchema)),
  /** Active physicians: an encounter's provider, a note's co-signer. */
  'encounters.providers': procedure('chart.read', none, providerListSchema),

  /** One note with its text, integrity verdict and addenda; each read is audited (note.view). */
  'notes.get': procedure('chart.read', noteRefSchema, noteSchema),
  'notes.create': procedure('chart.write', createNoteInputSchema, noteSchema),
  /** The editor's autosave: not audited per save. */
  'notes.saveDraft': procedure('chart.write', saveNoteDraftInputSchema, savedDraftSchema),
  'notes.sign': procedure('notes.sign', signNoteInputSchema, noteSchema),
  'notes.requestCosign': procedure('chart.write', requestCosignInputSchema, noteSchema),
  'notes.cosign': procedure('notes.sign', signNoteInputSchema, noteSchema),
  'notes.addAddendum': procedure('chart.write', addAddendumInputSchema, noteSchema),
  'notes.retire': procedure('chart.write', retireNoteInputSchema, noteSchema),

  /** Templates hold no patient data: every signed-in user may list them (a note is started from one). */
  'noteTemplates.list': procedure('session', none, z.array(noteTemplateSchema)),
  'noteTemplates.save': procedure('templates.manage', saveTemplateInputSchema, noteTemplateSchema),
  'noteTemplates.setActive': procedure('templates.manage', setTemplateActiveInputSchema, noteTemplateSchema),

  /** Vital sign sets, newest first; values in stored units (°C, cm, kg) with BMI computed. */
  'vitals.list': procedure('chart.read', patientRefSchema, vitalsListSchema),
  'vitals.add': procedure('chart.write', vitalsWrites.add, vitalsSchema),
  'vitals.update': procedure('chart.write', vitalsWrites.update, vitalsSchema),
  'vitals.retire': procedure('chart.write', vitalsWrites.retire, vitalsSchema),
  'vitals.history': procedure('chart.read', vitalsWrites.ref, z.array(chartItemVersionSchema)),

  'familyHistory.list': procedure('chart.read', patientRefSchema, familyHistoryListSchema),
  'familyHistory.add': procedure('chart.write', familyHistoryWrites.add, familyHistorySchema),
  'familyHistory.update': procedure('chart.write', familyHistoryWrites.update, familyHistorySchema),
  'familyHistory.retire': procedure('chart.write', familyHistoryWrites.retire, familyHistorySchema),
  'familyHistory.history': procedure('chart.read', familyHistoryWrites.ref, z.array(chartItemVersionSchema)),
  /** One record per patient: null before the first save, which passes expectedVersion null. */
  'socialHistory.get': procedure('chart.read', patientRefSchema, socialHistoryOrNullSchema),
  'socialHistory.save': procedure('chart.write', saveSocialHistoryInputSchema, socialHistorySchema),
  'socialHistory.history': procedure('chart.read', patientRefSchema, z.array(chartItemVersionSchema)),

  'documents.list': procedure('chart.read', patientRefSchema, documentListSchema),
  /** The file travels as base64 (up to 20 MiB decoded); its bytes are checked, not its name. */
  'documents.import': procedure('chart.write', importDocumentInputSchema, documentSchema),
  'documents.update': procedure('chart.write', documentWrites.update, documentSchema),
  'documents.retire': procedure('chart.write', documentWrites.retire, documentSchema),
  'documents.history': procedure('chart.read', documentWrites.ref, z.array(chartItemVersionSchema)),
  /** The file for the in-app viewer; every call is audited as document.view. */
  'documents.content': procedure('chart.read', documentWrites.ref, documentContentSchema),

  'labs.list': procedure('chart.read', patientRefSchema, labPanelListSchema),
  'labs.add': procedure('chart.write', labWrites.add, labPanelSchema),
  'labs.update': procedure('chart.write', labWrites.update, labPanelSchema),
  'labs.retire': procedure('chart.write', labWrites.retire, labPanelSchema),
  'labs.history': procedure('chart.read', labWrites.ref, z.array(chartItemVersionSchema)),
  'labs.trend': procedure('chart.read', labTrendInputSchema, labTrendSchema),
  /** Reads an HL7 ORU^R01 file and proposes the patient; a refused file is logged (so chart.write). */
  'labs.previewImport': procedure('chart.write', previewLabImportInputSchema, labImportPreviewSchema),
  /** The file again, with the patient the user confirmed: imported whole in one transaction, or not at all. */
  'labs.confirmImport': procedure('chart.write', confirmLabImportInputSchema, labImportResultSchema),

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

  /** The day and week views: appointments overlapping the days, cancelled ones included (shown struck through). */
  'appointments.day': procedure('schedule.read', dayInputSchema, dayOutputSchema),
  /** The month overview: appointments per day and provider, cancelled ones not counted. */
  'appointments.month': procedure('schedule.read', monthInputSchema, monthOutputSchema),
  'appointments.get': procedure('schedule.read', appointmentRefSchema, appointmentSchema),
  /** The chart's view: the next visit on the books and every appointment, newest first, no-shows included. */
  'appointments.forPatient': procedure('schedule.read', patientAppointmentsInputSchema, patientAppointmentsSchema),
  /** One appointment or a whole series; over a warning it is refused (SCHEDULE_CONFLICT) unless override.reason is given. */
  'appointments.book': procedure('schedule.book', bookInputSchema, bookOutputSchema),
  /** Drag to move or resize; scope 'following' splits the series there and moves the rest with it. */
  'appointments.move': procedure('schedule.book', moveInputSchema, bookOutputSchema),
  'appointments.cancel': procedure('schedule.book', cancelInputSchema, bookOutputSchema),
  /** Patient flow (arrived → roomed → with provider → checked out) and no-shows; every step audited. */
  'appointments.setStatus': procedure('schedule.book', statusInputSchema, appointmentSchema),
  'appointments.findNext': procedure('schedule.read', findNextInputSchema, findNextOutputSchema),

  /** Recalls (issue 5): set at checkout or from the list; the list is the front desk's call list. */
  'recalls.set': procedure('schedule.book', setRecallInputSchema, recallSchema),
  'recalls.list': procedure('schedule.read', recallListInputSchema, recallListSchema),
  'recalls.update': procedure('schedule.book', updateRecallInputSchema, recallSchema),

  'drafts.save': procedure('session', saveDraftInputSchema, done),
  'drafts.get': procedure('session', draftRefSchema, draftOrNullSchema),
  'drafts.discard': procedure('session', draftRefSchema, done),

  'print.daySheet': procedure('schedule.read', daySheetInputSchema, printedDocumentSchema),

  /** Releasing records (issue 6): choose, render one fax-ready PDF, then record the disclosure when it leaves. */
  'release.items': procedure('records.release', patientRefSchema, releasableItemsSchema),
  /** Refused with CONFIRMATION_REQUIRED when an unsigned note is chosen, unless releasePreliminary is set. */
  'release.prepare': procedure('records.release', releaseInputSchema, preparedReleaseSchema),
  'release.record': procedure('records.release', recordReleaseInputSchema, disclosureSchema),
  'release.disclosures': procedure('records.release', patientRefSchema, z.array(disclosureSchema)),

  /** Electronic export and import (issue 6); a patient's bundle is a release, the practice's is a job. */
  'exchange.exportPatient': procedure('records.release', exportPatientInputSchema, exportedBundleSchema),
  'exchange.exportPractice': procedure('records.exchange', exportPracticeInputSchema, jobSchema),
  'exchange.job': procedure('records.exchange', jobRefSchema, jobSchema),
  'exchange.cancel': procedure('records.exchange', jobRefSchema, jobSchema),
  'exchange.previewFhirImport': procedure('records.exchange', fhirImportFileSchema, fhirImportPreviewSchema),
  'exchange.importFhir': procedure('records.exchange', fhirImportInputSchema, jobSchema),
  /** Reads the file, proposes or applies a column mapping, and lists every row's problems; writes nothing. */
  'exchange.csvDryRun': procedure('records.exchange', csvInputSchema, csvDryRunSchema),
  /** Checks again, then writes every row in one transaction or none. */
  'exchange.importCsv': procedure('records.exchange', csvInputSchema, jobSchema),
} as const;

export type Procedures = typeof procedures;
export type ProcedureName = keyof Procedures;
export type InputOf<N extends ProcedureName> = z.input<Procedures[N]['input']>;
export type ParsedInputOf<N extends ProcedureName> = z.output<Procedures[N]['input']>;
export type OutputOf<N extends ProcedureName> = z.output<Procedures[N]['output']>;
export const procedureNames = Object.keys(procedures) as ProcedureName[];
