import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type ChartStore, repositories, withTransaction } from '../../../../db';
import { ChartroomError } from '../../../contract/errors';
import type { ExportedBundleDto, JobDto } from '../../../contract/exchange';
import type { ParsedInputOf } from '../../../contract/procedures';
import { probeFolder } from '../backup/destinations';
import type { Actor } from '../context';
import { recordDisclosure } from '../print/record-disclosure';
import { practiceZone } from '../scheduling/practice-zone';
import { dateInZone } from '../scheduling/zoned-time';
import { exportPatientBundle } from './fhir/bundle';
import type { JobRegistry } from './jobs';
import { exportFolderName, mrnFileName, writePracticeExport } from './practice-export';

const exportWords = { noun: 'export', fullReassurance: 'nothing was written' };

/**
 * Electronic export (issue 6): one chart as a FHIR R4 bundle handed back to the window that asked,
 * and the whole practice as a folder written by a job. Each export is a disclosure: the chart export
 * records one disclosure row and its audit row in one transaction; the practice export records one
 * row per patient when, and only when, the folder is whole.
 */
export class ExportService {
  readonly #store: () => ChartStore;
  readonly #jobs: JobRegistry;
  readonly #appVersion: string;
  readonly #now: () => Date;

  constructor(store: () => ChartStore, jobs: JobRegistry, appVersion: string, now: () => Date = () => new Date()) {
    this.#store = store;
    this.#jobs = jobs;
    this.#appVersion = appVersion;
    this.#now = now;
  }

  exportPatient(actor: Actor, input: ParsedInputOf<'exchange.exportPatient'>): ExportedBundleDto {
    const store = this.#store();
    const now = this.#now();
    const bundle = exportPatientBundle(store, input.patientId, now);
    const json = JSON.stringify(bundle, null, 2);
    const resourceCount = bundle.entry?.length ?? 0;
    const mrn = repositories.patients.getPatient(store.db, input.patientId)?.mrn ?? '';
    withTransaction(store, () =>
      recordDisclosure(
        store,
        actor,
        {
          patientId: input.patientId,
          at: now,
          medium: 'fhir-export',
          recipient: input.recipient,
          purpose: input.purpose,
          purposeDetail: input.purposeDetail,
          items: [`FHIR R4 bundle: ${resourceCount} resources`],
          sha256: createHash('sha256').update(json, 'utf8').digest('hex'),
        },
        {
          action: 'export.patient',
          detail: `FHIR R4 bundle, ${resourceCount} resources, for ${input.recipient.name} (${input.purpose})`,
        },
      ),
    );
    return {
      fileName: `chart-${mrnFileName(mrn)}-${dateInZone(practiceZone(store), now)}.fhir.json`,
      json,
      resourceCount,
    };
  }

  /** Checks the folder now, so a bad one is refused at once in words, then writes the export as a job. */
  exportPractice(actor: Actor, input: ParsedInputOf<'exchange.exportPractice'>): JobDto {
    const store = this.#store();
    const folder = resolve(input.folder);
    const problem = probeFolder(input.folder, exportWords);
    if (problem) throw new ChartroomError('DESTINATION_UNAVAILABLE', problem, 'folder');
    const startedAt = this.#now();
    const target = join(folder, exportFolderName(practiceZone(store), startedAt));
    if (existsSync(target))
      throw new ChartroomError(
        'CONFLICT',
        `${target} already exists: an export was made there this minute. Wait a minute, or choose another folder.`,
        'folder',
      );
    return this.#jobs.start('practice-export', (progress) =>
      writePracticeExport(
        {
          store,
          actor,
          folder,
          target,
          recipientName: input.recipientName,
          purpose: input.purpose,
          startedAt,
          clock: this.#now,
          appVersion: this.#appVersion,
        },
        progress,
      ),
    );
  }

  /**
   * A job's progress. Every job is started by a records.exchange procedure and the router lets only
   * records.exchange users ask, so any office manager may watch or cancel any export or import.
   */
  job(jobId: string): JobDto {
    return this.#jobs.get(jobId);
  }

  cancel(jobId: string): JobDto {
    return this.#jobs.cancel(jobId);
  }
}
