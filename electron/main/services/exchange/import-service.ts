import type { ChartStore } from '../../../../db';
import { today } from '../../../contract/chart-items';
import { ChartroomError } from '../../../contract/errors';
import type { CsvDryRunDto, CsvMapping, FhirImportPreviewDto, JobDto } from '../../../contract/exchange';
import { AllergyService } from '../chart/allergies';
import { DocumentService } from '../chart/documents';
import { activePhysicians, EncounterService } from '../chart/encounters';
import { ImmunizationService } from '../chart/immunizations';
import { LabService } from '../chart/labs';
import { MedicationService } from '../chart/medications';
import { ProblemService } from '../chart/problems';
import { VitalsService } from '../chart/vitals';
import type { Actor } from '../context';
import { practiceZone } from '../scheduling/practice-zone';
import { checkCsv } from './csv/check';
import { saveCheckedPatients } from './csv/save';
import { parseBundle } from './fhir-import/bundle';
import { matchesFor } from './fhir-import/match';
import { identifierList } from './fhir-import/patient';
import { type ImportPlan, planImport } from './fhir-import/plan';
import { type ChartServices, checkDecisions, type Decision, writePlan } from './fhir-import/write';
import { type JobRegistry, yieldToEventLoop } from './jobs';

type ImportFile = { name: string; contentBase64: string };

/** At most this many row errors travel back; the first ones are enough to fix the export. */
const shownErrors = 3;

/**
 * Imports from other systems (issue 6): a FHIR R4 bundle with a duplicate review, and a CSV of
 * demographics with a dry run. Looking at a file writes nothing; importing runs as a job and writes
 * everything in one transaction, with one audit row, or nothing at all.
 */
export class ImportService {
  readonly #store: () => ChartStore;
  readonly #jobs: JobRegistry;
  readonly #now: () => Date;
  readonly #chart: ChartServices;

  constructor(store: () => ChartStore, jobs: JobRegistry, now: () => Date = () => new Date()) {
    this.#store = store;
    this.#jobs = jobs;
    this.#now = now;
    this.#chart = {
      problems: new ProblemService(store),
      medications: new MedicationService(store),
      allergies: new AllergyService(store),
      immunizations: new ImmunizationService(store),
      vitals: new VitalsService(store),
      labs: new LabService(store),
      encounters: new EncounterService(store),
      documents: new DocumentService(store),
    };
  }

  #plan(file: ImportFile): ImportPlan {
    const store = this.#store();
    const bundle = parseBundle(Buffer.from(file.contentBase64, 'base64').toString('utf8'));
    return planImport(bundle, { zone: practiceZone(store), today: today(), physicians: activePhysicians(store) });
  }

  /** The patients in the file, who each may already be, and what will be left out. Writes nothing. */
  previewFhir(input: { file: ImportFile }): FhirImportPreviewDto {
    const plan = this.#plan(input.file);
    return {
      fileName: input.file.name,
      patients: plan.patients.map((patient) => ({
        reference: patient.entry.fullUrl,
        name: patient.name,
        birthDate: patient.demographics.birthDate,
        sex: patient.demographics.sex,
        identifiers: identifierList(patient.patient),
        resourceCounts: patient.resourceCounts,
        matches: matchesFor(this.#store(), patient),
      })),
      ignored: plan.ignored,
    };
  }

  /** Checks the file and the decisions now (a refusal says why at once), then writes as a job. */
  importFhir(actor: Actor, input: { file: ImportFile; decisions: Decision[] }): JobDto {
    const plan = this.#plan(input.file);
    const decisions = checkDecisions(plan, input.decisions);
    return this.#jobs.start('fhir-import', actor.userId, async (progress) => {
      progress.phase('Checking resources', plan.patients.length);
      await yieldToEventLoop();
      progress.checkCancelled();
      // Planned again inside the job: physicians or charts may have changed since the call was checked.
      const current = this.#plan(input.file);
      progress.advance(current.patients.length);
      progress.checkCancelled();
      return writePlan(this.#store(), actor, this.#chart, current, decisions, input.file.name, progress);
    });
  }

  /** The dry run: the proposed or chosen mapping and every problem per row. Writes nothing. */
  csvDryRun(input: { file: ImportFile; mapping?: CsvMapping | undefined }): Promise<CsvDryRunDto> {
    return checkCsv(this.#store(), input.file, input.mapping, this.#now()).then((check) => check.dto);
  }

  /** Refuses unless the dry run is clean, then checks again and saves every row in one transaction, as a job. */
  async importCsv(actor: Actor, input: { file: ImportFile; mapping?: CsvMapping | undefined }): Promise<JobDto> {
    const first = await checkCsv(this.#store(), input.file, input.mapping, this.#now());
    const problems = [...first.dto.fileErrors, ...first.dto.rowErrors.map((error) => error.message)];
    if (problems.length > 0) {
      const more = problems.length > shownErrors ? ` (and ${problems.length - shownErrors} more)` : '';
      throw new ChartroomError(
        'BAD_REQUEST',
        `The file has problems to fix first: ${problems.slice(0, shownErrors).join(' ')}${more} Run the check again after fixing them.`,
      );
    }
    return this.#jobs.start('csv-import', actor.userId, async (progress) => {
      progress.phase('Checking rows', first.dto.rowCount);
      const check = await checkCsv(this.#store(), input.file, input.mapping, this.#now(), async (done) => {
        progress.advance(done);
        await yieldToEventLoop();
        progress.checkCancelled();
      });
      if (check.dto.fileErrors.length > 0 || check.dto.rowErrors.length > 0)
        throw new ChartroomError(
          'CONFLICT',
          `The rows changed meaning while the import was starting (${[...check.dto.fileErrors, ...check.dto.rowErrors.map((e) => e.message)][0]}). Run the check again.`,
        );
      return saveCheckedPatients(this.#store(), actor, check, progress);
    });
  }
}
