import type { ChartStore } from '../../../../db';
import { today } from '../../../contract/chart-items';
import { ChartroomError } from '../../../contract/errors';
import type { CsvDryRunDto, CsvMapping, FhirImportPreviewDto, JobDto } from '../../../contract/exchange';
import { activePhysicians } from '../chart/encounters';
import type { Actor } from '../context';
import { practiceZone } from '../scheduling/practice-zone';
import { checkCsv } from './csv/check';
import { saveCheckedPatients } from './csv/save';
import { parseBundle } from './fhir-import/bundle';
import { matchesFor } from './fhir-import/match';
import { identifierList } from './fhir-import/patient';
import { type ImportPlan, planImport } from './fhir-import/plan';
import { type ChartServices, checkDecisions, type Decision, writePlan } from './fhir-import/write';
import type { JobRegistry } from './jobs';

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

  /** `chart`: the app's own chart services, whose add operations (rules, versions, audit rows) the import writes through. */
  constructor(store: () => ChartStore, jobs: JobRegistry, chart: ChartServices, now: () => Date = () => new Date()) {
    this.#store = store;
    this.#jobs = jobs;
    this.#chart = chart;
    this.#now = now;
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

  /**
   * Checks the file and the decisions now (a refusal says why at once), then writes that plan as a job.
   * What may change in between is checked again where it is written: writePlan looks for each merge
   * target inside its transaction, and the chart services apply their own rules to every item.
   */
  importFhir(actor: Actor, input: { file: ImportFile; decisions: Decision[] }): JobDto {
    const plan = this.#plan(input.file);
    const decisions = checkDecisions(plan, input.decisions);
    return this.#jobs.start('fhir-import', async (progress) => {
      progress.checkCancelled();
      const source = { fileName: input.file.name, importedOn: this.#now() };
      return writePlan(this.#store(), actor, this.#chart, plan, decisions, source, progress);
    });
  }

  /** The dry run: the proposed or chosen mapping and every problem per row. Writes nothing. */
  csvDryRun(input: { file: ImportFile; mapping?: CsvMapping | undefined }): CsvDryRunDto {
    return checkCsv(this.#store(), input.file, input.mapping, this.#now()).dto;
  }

  /**
   * Refuses unless the dry run is clean, then saves those checked rows in one transaction, as a job.
   * Registration's own write gives each its MRN and search keys; a likely duplicate is flagged, never refused.
   */
  importCsv(actor: Actor, input: { file: ImportFile; mapping?: CsvMapping | undefined }): JobDto {
    const check = checkCsv(this.#store(), input.file, input.mapping, this.#now());
    const problems = [...check.dto.fileErrors, ...check.dto.rowErrors.map((error) => error.message)];
    if (problems.length > 0) {
      const more = problems.length > shownErrors ? ` (and ${problems.length - shownErrors} more)` : '';
      throw new ChartroomError(
        'BAD_REQUEST',
        `The file has problems to fix first: ${problems.slice(0, shownErrors).join(' ')}${more} Run the check again after fixing them.`,
      );
    }
    return this.#jobs.start('csv-import', async (progress) => {
      progress.checkCancelled();
      return saveCheckedPatients(this.#store(), actor, check, progress);
    });
  }
}
