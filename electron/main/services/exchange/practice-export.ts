import { createHash, type Hash } from 'node:crypto';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { type FileHandle, mkdir, open } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { and, count, gt, lte, max } from 'drizzle-orm';
import { type ChartStore, fsyncDirectory, repositories, schema, withTransaction } from '../../../../db';
import { ChartroomError } from '../../../contract/errors';
import type { DisclosurePurpose } from '../../../contract/release';
import { recordAudit } from '../audit';
import { sha256 } from '../chart/note-hash';
import type { Actor } from '../context';
import { patientArchiveHtml } from '../print/documents/patient-archive';
import { usDateTimeInZone } from '../print/formats';
import { printZone } from '../print/letterhead';
import { recordDisclosure } from '../print/record-disclosure';
import { instantToWallClock } from '../scheduling/zoned-time';
import { type ArchivedPatient, archiveIndexHtml } from './archive-index';
import { bundleOf, chartEntries, readExportShared } from './fhir/bundle';
import { readChartRows } from './fhir/chart-rows';
import type { ExportEntry } from './fhir/context';
import { JobCancelled, type JobProgress, yieldToEventLoop } from './jobs';

const subfolders = ['patients', 'ndjson', 'archive'];

/** Charts read and written per turn: enough to keep the disk busy, few enough to answer polls and cancel promptly. */
const batchSize = 200;

export interface PracticeExportPlan {
  store: ChartStore;
  actor: Actor;
  /** The checked folder the export goes into (export-service.ts checks it before the job starts). */
  folder: string;
  /** The export's own folder inside it, named for when it started. */
  target: string;
  recipientName: string;
  purpose: DisclosurePurpose;
  startedAt: Date;
  clock: () => Date;
  appVersion: string;
}

/** "chartroom-export-2026-03-09-1405": the practice-zone date and time the export started. */
export const exportFolderName = (zone: string, at: Date): string => {
  const { date, time } = instantToWallClock(zone, at.toISOString());
  return `chartroom-export-${date}-${time.replace(':', '')}`;
};

/** An MRN as a file name: Chartroom's are digits, a legacy one may carry a slash or a space. */
export const mrnFileName = (mrn: string): string => mrn.replace(/[^A-Za-z0-9._-]/g, '_');

/** Writes a whole file and flushes it to the disk, so the rename that finishes the export never promotes a file still in a cache. */
const writeDurably = async (path: string, text: string): Promise<void> => {
  const file = await open(path, 'w');
  try {
    await file.writeFile(text);
    await file.sync();
  } finally {
    await file.close();
  }
};

/**
 * The NDJSON files, one per resource type, held open while the charts are written: each grows by one
 * append per batch and is hashed as it grows, so it is never read back; flushed to the disk when whole.
 */
class NdjsonFiles {
  readonly #folder: string;
  readonly #open = new Map<string, { file: FileHandle; hash: Hash }>();

  constructor(folder: string) {
    this.#folder = folder;
  }

  async append(type: string, text: string): Promise<void> {
    let entry = this.#open.get(type);
    if (!entry) {
      entry = { file: await open(join(this.#folder, `${type}.ndjson`), 'a'), hash: createHash('sha256') };
      this.#open.set(type, entry);
    }
    await entry.file.appendFile(text);
    entry.hash.update(text, 'utf8');
  }

  /** Flushes and closes every file; the SHA-256 of each by its path in the export. */
  async finish(): Promise<Map<string, string>> {
    const hashes = new Map<string, string>();
    for (const [type, { file, hash }] of this.#open) {
      await file.sync();
      hashes.set(`ndjson/${type}.ndjson`, hash.digest('hex'));
    }
    await this.close();
    return hashes;
  }

  async close(): Promise<void> {
    const files = [...this.#open.values()];
    this.#open.clear();
    await Promise.allSettled(files.map(({ file }) => file.close()));
  }
}

/** The patients that exist when the export starts, so one started at 2:05 exports the practice as of 2:05. */
const patientRange = (store: ChartStore) => {
  const row = store.db
    .select({ total: count(), lastId: max(schema.patients.id) })
    .from(schema.patients)
    .get();
  return { total: row?.total ?? 0, lastId: row?.lastId ?? 0 };
};

const patientIdsAfter = (store: ChartStore, afterId: number, lastId: number): number[] =>
  store.db
    .select({ id: schema.patients.id })
    .from(schema.patients)
    .where(and(gt(schema.patients.id, afterId), lte(schema.patients.id, lastId)))
    .orderBy(schema.patients.id)
    .limit(batchSize)
    .all()
    .map((row) => row.id);

/**
 * In NDJSON each resource stands alone, so `urn:uuid:` references (which only resolve inside a bundle)
 * become the usual relative "Type/id" form bulk-data readers resolve across files.
 */
const relativeReferences = (entries: ExportEntry[]) => {
  const relative = new Map(
    entries.map((entry) => [entry.fullUrl, `${entry.resource.resourceType}/${entry.resource.id}`]),
  );
  return (key: string, value: unknown) =>
    key === 'reference' && typeof value === 'string' ? (relative.get(value) ?? value) : value;
};

/** A file-system failure in words: what happened to the export folder and what to do. */
export const plainExportFailure = (error: unknown, folder: string): unknown => {
  const code = (error as { code?: string }).code;
  if (code === 'ENOSPC')
    return new ChartroomError(
      'DISK_FULL',
      `The export folder ${folder} is full. Free some space there, or choose a larger drive, and export again. The unfinished export was removed and nothing was recorded.`,
    );
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS')
    return new ChartroomError(
      'DESTINATION_UNAVAILABLE',
      `Chartroom could not write to ${folder} (it is read-only or access is denied). Check the drive's write protection or permissions and export again.`,
    );
  if (code === 'ENOENT' || code === 'EIO')
    return new ChartroomError(
      'DESTINATION_UNAVAILABLE',
      `The export folder ${folder} went away during the export: the drive may have been unplugged or the share disconnected. Reconnect it and export again.`,
    );
  return error;
};

interface Written {
  files: Map<string, string>;
  resourceCounts: Map<string, number>;
  archived: ArchivedPatient[];
  disclosed: { patientId: number; sha256: string; resources: number }[];
}

/** Writes every chart: its bundle, its lines in the NDJSON files, and its archive page. */
const writeCharts = async (plan: PracticeExportPlan, partial: string, progress: JobProgress): Promise<Written> => {
  const ndjson = new NdjsonFiles(join(partial, 'ndjson'));
  try {
    const written = await writeEachChart(plan, partial, progress, ndjson);
    for (const [path, hash] of await ndjson.finish()) written.files.set(path, hash);
    return written;
  } finally {
    await ndjson.close();
  }
};

const writeEachChart = async (
  plan: PracticeExportPlan,
  partial: string,
  progress: JobProgress,
  ndjson: NdjsonFiles,
): Promise<Written> => {
  const { store } = plan;
  const shared = readExportShared(store);
  const practice = repositories.practice.getPractice(store.db);
  if (!practice) throw new ChartroomError('STORE_CORRUPT', 'The practice details are missing. Restore from a backup.');
  const actorFullName = repositories.users.getUser(store.db, plan.actor.userId)?.fullName ?? plan.actor.username;
  const zone = printZone(practice);
  const written: Written = { files: new Map(), resourceCounts: new Map(), archived: [], disclosed: [] };
  const { total, lastId } = patientRange(store);
  progress.phase('Writing patient records', total);
  let done = 0;
  for (let afterId = 0; ; ) {
    progress.checkCancelled();
    const ids = patientIdsAfter(store, afterId, lastId);
    if (ids.length === 0) break;
    const lines = new Map<string, string[]>();
    for (const patientId of ids) {
      const rows = readChartRows(store, patientId);
      if (!rows) continue;
      const { patient } = rows;
      const entries = chartEntries(rows, shared);
      const json = JSON.stringify(bundleOf(patient.mrn, entries, plan.startedAt), null, 2);
      const base = mrnFileName(patient.mrn);
      const bundlePath = `patients/${base}.fhir.json`;
      await writeDurably(join(partial, bundlePath), json);
      const bundleHash = sha256(json);
      written.files.set(bundlePath, bundleHash);

      const replacer = relativeReferences(entries);
      for (const entry of entries) {
        const type = entry.resource.resourceType;
        const typeLines = lines.get(type) ?? [];
        typeLines.push(JSON.stringify(entry.resource, replacer));
        lines.set(type, typeLines);
        written.resourceCounts.set(type, (written.resourceCounts.get(type) ?? 0) + 1);
      }

      // The notes as the bundle read them, with the export's staff names: the page reads no note again.
      const notes = rows.allNotesNewestFirst.map((note) => ({ ...note, names: shared.names }));
      const context = { practice, patient, zone, now: plan.startedAt, actor: plan.actor, actorFullName };
      const page = patientArchiveHtml(store, context, notes);
      const pagePath = `archive/${base}.html`;
      await writeDurably(join(partial, pagePath), page);
      written.files.set(pagePath, sha256(page));
      written.archived.push({
        mrn: patient.mrn,
        familyName: patient.legalFamilyName,
        givenNames: [patient.legalGivenName, patient.legalMiddleName].filter(Boolean).join(' '),
        birthDate: patient.birthDate,
        fileName: `${base}.html`,
      });
      written.disclosed.push({ patientId, sha256: bundleHash, resources: entries.length });
      progress.advance(++done);
    }
    // One append per resource type per batch: the NDJSON files grow as charts are read, never held whole.
    for (const [type, typeLines] of lines) await ndjson.append(type, `${typeLines.join('\n')}\n`);
    afterId = ids.at(-1) ?? lastId;
    await yieldToEventLoop();
  }
  const exportedAt = `${usDateTimeInZone(plan.startedAt.toISOString(), zone)} (${zone})`;
  const index = archiveIndexHtml(practice.name, exportedAt, written.archived);
  await writeDurably(join(partial, 'archive', 'index.html'), index);
  written.files.set('archive/index.html', sha256(index));
  return written;
};

const manifestOf = (plan: PracticeExportPlan, written: Written) => {
  const sorted = <T>(map: Map<string, T>) => Object.fromEntries([...map].sort(([a], [b]) => a.localeCompare(b)));
  return {
    format: 'Chartroom whole-practice export',
    fhirVersion: '4.0.1',
    chartroomVersion: plan.appVersion,
    createdAt: plan.startedAt.toISOString(),
    patientCount: written.disclosed.length,
    resourceCounts: sorted(written.resourceCounts),
    contents: {
      patients: 'One FHIR R4 collection Bundle per patient, named by MRN',
      ndjson: 'One FHIR resource per line, one file per resource type; references are Type/id',
      archive: 'A self-contained HTML page per patient and index.html listing them; opens in any browser',
    },
    /** SHA-256 of every file in the export except this manifest. */
    files: sorted(written.files),
  };
};

/**
 * The whole practice as a folder (issue 6): patients/<MRN>.fhir.json, ndjson/<Type>.ndjson,
 * archive/<MRN>.html with archive/index.html, and manifest.json with counts and a hash per file.
 * It is written as "<name>.partial" and renamed when whole, in the same transaction that records one
 * disclosure per patient and the audit row; a cancel or a failure removes the partial folder and
 * records nothing, so a finished-looking folder is always a whole export.
 */
export const writePracticeExport = async (plan: PracticeExportPlan, progress: JobProgress): Promise<string> => {
  const partial = `${plan.target}.partial`;
  const { store, actor } = plan;
  try {
    // A .partial folder is never an export: one left by a run that was killed is removed.
    rmSync(partial, { recursive: true, force: true });
    for (const sub of subfolders) await mkdir(join(partial, sub), { recursive: true });
    const written = await writeCharts(plan, partial, progress);
    progress.phase('Writing the manifest', 1);
    await writeDurably(join(partial, 'manifest.json'), `${JSON.stringify(manifestOf(plan, written), null, 2)}\n`);
    // Every file is on the disk; so are the folders naming them, before the rename makes the export look whole.
    for (const sub of subfolders) fsyncDirectory(join(partial, sub));
    fsyncDirectory(partial);
    progress.checkCancelled();
    progress.phase('Recording the disclosures', written.disclosed.length);
    const resources = [...written.resourceCounts.values()].reduce((sum, n) => sum + n, 0);
    const at = plan.clock();
    const finish = () =>
      withTransaction(store, () => {
        for (const patient of written.disclosed) {
          // One audit row, below, stands for the whole export.
          recordDisclosure(
            store,
            actor,
            {
              patientId: patient.patientId,
              at,
              medium: 'practice-export',
              recipient: { name: plan.recipientName },
              purpose: plan.purpose,
              items: [
                `Whole-practice export: FHIR R4 bundle (${patient.resources} resources), NDJSON and HTML archive`,
              ],
              sha256: patient.sha256,
            },
            null,
          );
        }
        recordAudit(store, {
          ...actor,
          action: 'export.practice',
          entity: 'practice-export',
          entityId: plan.target,
          detail: `${written.disclosed.length} patients, ${resources} resources, for ${plan.recipientName} (${plan.purpose})`,
        });
        // Inside the transaction: a rename that fails rolls the records back, and nothing claims an export that is not there.
        renameSync(partial, plan.target);
      });
    try {
      finish();
    } catch (error) {
      if (existsSync(plan.target) && !existsSync(partial)) renameSync(plan.target, partial);
      throw error;
    }
    fsyncDirectory(dirname(plan.target));
    progress.advance(written.disclosed.length);
    const n = written.disclosed.length;
    return `${n.toLocaleString('en-US')} ${n === 1 ? 'patient' : 'patients'} exported to ${plan.target}`;
  } catch (error) {
    try {
      rmSync(partial, { recursive: true, force: true });
    } catch {
      // The drive went away: the failure below already says so, and a .partial folder is never taken for an export.
    }
    if (error instanceof JobCancelled || error instanceof ChartroomError) throw error;
    throw plainExportFailure(error, plan.folder);
  }
};
