import type { ChartroomEvent } from '../../contract/api';
import { AuthService } from './auth';
import { BackupService } from './backup/service';
import { AllergyService } from './chart/allergies';
import { DocumentService } from './chart/documents';
import { EncounterService } from './chart/encounters';
import { FaceSheetService } from './chart/face-sheet';
import { FamilyHistoryService, SocialHistoryService } from './chart/histories';
import { Icd10Codes } from './chart/icd10-codes';
import { ImmunizationService } from './chart/immunizations';
import { LabImportService } from './chart/lab-import';
import { LabService } from './chart/labs';
import { MedicationService } from './chart/medications';
import { NoteTemplateService } from './chart/note-templates';
import { NoteService } from './chart/notes';
import { ProblemService } from './chart/problems';
import { VitalsService } from './chart/vitals';
import { ExportService } from './exchange/export-service';
import { ImportService } from './exchange/import-service';
import { JobRegistry } from './exchange/jobs';
import { PatientService } from './patients/service';
import { noPdfEngine, type PdfPort } from './print/pdf-port';
import { ReleaseService } from './print/release-service';
import { PrintService } from './print/service';
import { AppointmentService } from './scheduling/appointments';
import { RecallService } from './scheduling/recalls';
import { ScheduleSetupService } from './scheduling/setup';
import { SessionTable } from './sessions';
import { UserService } from './users';
import { Vault } from './vault';

/** Every service of one running practice, wired once and shared by all transports. */
export interface ChartroomServices {
  vault: Vault;
  sessions: SessionTable;
  auth: AuthService;
  users: UserService;
  patients: PatientService;
  backup: BackupService;
  allergies: AllergyService;
  appointments: AppointmentService;
  documents: DocumentService;
  encounters: EncounterService;
  faceSheet: FaceSheetService;
  icd10: Icd10Codes;
  notes: NoteService;
  noteTemplates: NoteTemplateService;
  immunizations: ImmunizationService;
  labs: LabService;
  labImport: LabImportService;
  medications: MedicationService;
  problems: ProblemService;
  recalls: RecallService;
  vitals: VitalsService;
  familyHistory: FamilyHistoryService;
  socialHistory: SocialHistoryService;
  pdf: PdfPort;
  print: PrintService;
  release: ReleaseService;
  /** Long exports and imports (issue 6), watched by polling and cancellable. */
  jobs: JobRegistry;
  exportService: ExportService;
  importService: ImportService;
  scheduleSetup: ScheduleSetupService;
}

export const createServices = (options: {
  dataDir: string;
  migrationsDir: string;
  appVersion: string;
  emit: (connectionId: string, event: ChartroomEvent) => void;
  log: (line: string) => void;
  monotonicClock?: () => number;
  now?: () => Date;
  pdf?: PdfPort;
  inlineIntegrityCheckMaxBytes?: number;
}): ChartroomServices => {
  const vault = new Vault(
    options.dataDir,
    options.migrationsDir,
    options.appVersion,
    options.inlineIntegrityCheckMaxBytes === undefined
      ? {}
      : { inlineIntegrityCheckMaxBytes: options.inlineIntegrityCheckMaxBytes },
  );
  const sessions = new SessionTable(options.monotonicClock);
  const encounters = new EncounterService(() => vault.store);
  const noteTemplates = new NoteTemplateService(() => vault.store);
  const labs = new LabService(() => vault.store);
  const pdf = options.pdf ?? noPdfEngine;
  const jobs = new JobRegistry(options.now);
  // One instance of each chart service: the screens and the FHIR import write through the same ones.
  const chart = {
    problems: new ProblemService(() => vault.store),
    medications: new MedicationService(() => vault.store),
    allergies: new AllergyService(() => vault.store),
    immunizations: new ImmunizationService(() => vault.store),
    vitals: new VitalsService(() => vault.store),
    labs,
    encounters,
    documents: new DocumentService(() => vault.store),
    notes: new NoteService(() => vault.store, encounters, noteTemplates),
  };
  return {
    vault,
    sessions,
    auth: new AuthService(vault, sessions, options.emit),
    users: new UserService(vault),
    patients: new PatientService(() => vault.store),
    allergies: chart.allergies,
    appointments: new AppointmentService(() => vault.store, options.now),
    documents: chart.documents,
    encounters,
    faceSheet: new FaceSheetService(() => vault.store, options.now),
    icd10: new Icd10Codes(() => vault.store),
    notes: chart.notes,
    noteTemplates,
    immunizations: chart.immunizations,
    labs,
    labImport: new LabImportService(() => vault.store, labs),
    medications: chart.medications,
    problems: chart.problems,
    recalls: new RecallService(() => vault.store, options.now),
    vitals: chart.vitals,
    familyHistory: new FamilyHistoryService(() => vault.store),
    socialHistory: new SocialHistoryService(() => vault.store),
    pdf,
    print: new PrintService(() => vault.store, pdf, options.now),
    release: new ReleaseService(() => vault.store, pdf, options.now),
    jobs,
    exportService: new ExportService(() => vault.store, jobs, options.appVersion, options.now),
    importService: new ImportService(() => vault.store, jobs, chart, options.now),
    scheduleSetup: new ScheduleSetupService(() => vault.store),
    backup: new BackupService({
      vault,
      appVersion: options.appVersion,
      log: options.log,
      ...(options.now ? { now: options.now } : {}),
    }),
  };
};
