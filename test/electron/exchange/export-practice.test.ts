import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Bundle, Resource } from '@medplum/fhirtypes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repositories } from '../../../db';
import type { JobDto } from '../../../electron/contract/exchange';
import { JobCancelled, type JobProgress } from '../../../electron/main/services/exchange/jobs';
import {
  exportFolderName,
  plainExportFailure,
  writePracticeExport,
} from '../../../electron/main/services/exchange/practice-export';
import { addSyntheticPatients } from '../../../electron/main/services/synthetic/practice';
import { type Caller, createTestPractice, staffPasswords, type TestPractice, tempDir } from '../../helpers/practice';
import { auditRowsAfter, countRows, lastAuditId } from '../../helpers/sentinel';
import { countByType, referencesIn, resourcesOf, seedChart } from './export-chart';

/**
 * Issue 6, the whole practice as a folder: 30 patients (the realistic chart, a "no known allergies"
 * chart and 28 synthetic ones) exported through the API and read back file by file; then the ways it
 * must not leave a finished-looking folder or a disclosure behind: cancel, a bad folder, a second run.
 */
let practice: TestPractice;
let manager: Caller;
let managerId: number;
const folders: string[] = [];
const patientCount = 30;

const store = () => practice.app.services.vault.store;
const sqlite = () => store().sqlite;
const folder = () => {
  const dir = tempDir('chartroom-export-test-');
  folders.push(dir);
  return dir;
};
const settle = async (job: JobDto): Promise<JobDto> => {
  for (;;) {
    const now = await manager.must('exchange.job', { jobId: job.jobId });
    if (now.state !== 'running') return now;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};
const managerActor = () => ({
  userId: managerId,
  username: staffPasswords.office_manager.username,
  role: 'office_manager' as const,
  workstation: 'test-workstation',
});
const practiceDisclosures = () =>
  (sqlite().prepare("SELECT count(*) AS n FROM disclosures WHERE medium = 'practice-export'").get() as { n: number }).n;

beforeAll(async () => {
  practice = await createTestPractice();
  const doctor = await practice.signIn('physician');
  const nurse = await practice.signIn('nurse');
  manager = await practice.signIn('office_manager');
  managerId = repositories.users.getUserByUsername(store().db, staffPasswords.office_manager.username)?.id ?? 0;
  await seedChart(practice, doctor, nurse);
  addSyntheticPatients(store(), managerActor(), { count: patientCount - 2, seed: 6 });
});
afterAll(() => {
  practice.cleanup();
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

describe('whole-practice export', () => {
  it('writes bundles, NDJSON, an HTML archive and a manifest whose hashes match, then records the disclosures', async () => {
    const into = folder();
    const from = lastAuditId(sqlite());
    const started = await manager.must('exchange.exportPractice', {
      folder: into,
      recipientName: 'Record retention',
      purpose: 'other',
    });
    expect(started).toMatchObject({ kind: 'practice-export', state: 'running' });
    // One export at a time: a second while the first runs is refused in words.
    const second = await manager.call('exchange.exportPractice', {
      folder: folder(),
      recipientName: 'Record retention',
      purpose: 'other',
    });
    expect(second.ok ? '' : `${second.error.code} ${second.error.message}`).toMatch(
      /^CONFLICT Another export is running/,
    );

    const job = await settle(started);
    expect(job.state).toBe('done');
    const [name] = readdirSync(into);
    expect(readdirSync(into)).toEqual([name]);
    expect(name).toMatch(/^chartroom-export-\d{4}-\d{2}-\d{2}-\d{4}$/);
    const root = join(into, name ?? '');
    expect(job.result).toBe(`${patientCount} patients exported to ${root}`);
    expect(readdirSync(root).sort()).toEqual(['archive', 'manifest.json', 'ndjson', 'patients']);

    // Bundles: one per patient, named by MRN, every reference resolving inside its bundle.
    const mrns = (sqlite().prepare('SELECT mrn FROM patients ORDER BY mrn').all() as { mrn: string }[]).map(
      (r) => r.mrn,
    );
    const bundleFiles = readdirSync(join(root, 'patients')).sort();
    expect(bundleFiles).toEqual(mrns.map((mrn) => `${mrn}.fhir.json`).sort());
    const fromBundles: Resource[] = [];
    for (const file of bundleFiles) {
      const bundle = JSON.parse(readFileSync(join(root, 'patients', file), 'utf8')) as Bundle;
      const urls = new Set(bundle.entry?.map((entry) => entry.fullUrl));
      expect(referencesIn(resourcesOf(bundle)).filter((reference) => !urls.has(reference))).toEqual([]);
      fromBundles.push(...resourcesOf(bundle));
    }

    // NDJSON: one resource per line, the same resources as the bundles, references as Type/id.
    const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8')) as {
      patientCount: number;
      chartroomVersion: string;
      resourceCounts: Record<string, number>;
      files: Record<string, string>;
    };
    expect(manifest.patientCount).toBe(patientCount);
    expect(manifest.chartroomVersion).toBe('test');
    expect(manifest.resourceCounts).toEqual(countByType(fromBundles));
    expect(manifest.resourceCounts.Patient).toBe(patientCount);
    const ids = new Set(fromBundles.map((resource) => `${resource.resourceType}/${resource.id}`));
    const ndjsonFiles = readdirSync(join(root, 'ndjson')).sort();
    expect(ndjsonFiles).toEqual(
      Object.keys(manifest.resourceCounts)
        .map((type) => `${type}.ndjson`)
        .sort(),
    );
    for (const file of ndjsonFiles) {
      const lines = readFileSync(join(root, 'ndjson', file), 'utf8')
        .trimEnd()
        .split('\n');
      const parsed = lines.map((line) => JSON.parse(line) as Resource);
      const type = file.replace('.ndjson', '');
      expect(parsed.length, file).toBe(manifest.resourceCounts[type]);
      expect(parsed.every((resource) => resource.resourceType === type)).toBe(true);
      expect(referencesIn(parsed).filter((reference) => !ids.has(reference))).toEqual([]);
    }

    // Archive: a page per patient and an index linking each, by name, DOB and MRN.
    const archive = readdirSync(join(root, 'archive')).sort();
    expect(archive).toEqual([...mrns.map((mrn) => `${mrn}.html`), 'index.html'].sort());
    const index = readFileSync(join(root, 'archive', 'index.html'), 'utf8');
    for (const mrn of mrns) expect(index).toContain(`href="${mrn}.html"`);
    expect(index).toContain('Lopez, Maria Elena');
    expect(index).toContain('03/04/1980');
    expect(index).not.toMatch(/<script|src=|https?:/);
    const lopezPage = readFileSync(join(root, 'archive', `${mrns[0]}.html`), 'utf8');
    expect(lopezPage).toMatch(/^<!doctype html>/);

    // Manifest: a SHA-256 for every file but itself, and each one matches.
    const everyFile = [
      ...bundleFiles.map((f) => `patients/${f}`),
      ...ndjsonFiles.map((f) => `ndjson/${f}`),
      ...archive.map((f) => `archive/${f}`),
    ].sort();
    expect(Object.keys(manifest.files).sort()).toEqual(everyFile);
    for (const [path, hash] of Object.entries(manifest.files)) {
      expect(
        createHash('sha256')
          .update(readFileSync(join(root, path)))
          .digest('hex'),
        path,
      ).toBe(hash);
    }

    // One disclosure per patient (with the hash of the bundle that left) and one audit row.
    expect(practiceDisclosures()).toBe(patientCount);
    const lopez = sqlite()
      .prepare(
        "SELECT d.recipient_name AS recipient, d.purpose, d.sha256 FROM disclosures d JOIN patients p ON p.id = d.patient_id WHERE d.medium = 'practice-export' AND p.mrn = ?",
      )
      .get(mrns[0]) as { recipient: string; purpose: string; sha256: string };
    expect(lopez).toEqual({
      recipient: 'Record retention',
      purpose: 'other',
      sha256: manifest.files[`patients/${mrns[0]}.fhir.json`],
    });
    const audited = auditRowsAfter(sqlite(), from).filter((row) => row.action.startsWith('export.'));
    expect(audited.map((row) => [row.action, row.entityId])).toEqual([['export.practice', root]]);
  });

  it('shows the final folder only once the export is whole', async () => {
    const into = folder();
    const target = join(into, 'chartroom-export-check');
    const seen: boolean[] = [];
    const progress: JobProgress = {
      phase: () => {},
      advance: () => {
        seen.push(existsSync(target) || !existsSync(`${target}.partial`));
      },
      checkCancelled: () => {},
    };
    const result = await writePracticeExport(
      {
        store: store(),
        actor: managerActor(),
        folder: into,
        target,
        recipientName: 'Northside Health, new EMR',
        purpose: 'continuity-of-care',
        startedAt: new Date(),
        clock: () => new Date(),
        appVersion: 'test',
      },
      progress,
    );
    expect(result).toBe(`${patientCount} patients exported to ${target}`);
    expect(seen.slice(0, patientCount)).toEqual(Array(patientCount).fill(false));
    expect(readdirSync(into)).toEqual(['chartroom-export-check']);
  });

  it('on cancel mid-way removes the partial folder and records nothing', async () => {
    const into = folder();
    const target = join(into, 'chartroom-export-cancelled');
    const disclosuresBefore = countRows(sqlite(), 'disclosures');
    const from = lastAuditId(sqlite());
    let checks = 0;
    let partialHadFiles = false;
    const progress: JobProgress = {
      phase: () => {},
      advance: () => {},
      // The second check comes after the first batch of charts is on disk.
      checkCancelled: () => {
        if (++checks < 2) return;
        partialHadFiles = readdirSync(join(`${target}.partial`, 'patients')).length > 0;
        throw new JobCancelled();
      },
    };
    const plan = {
      store: store(),
      actor: managerActor(),
      folder: into,
      target,
      recipientName: 'Record retention',
      purpose: 'legal' as const,
      startedAt: new Date(),
      clock: () => new Date(),
      appVersion: 'test',
    };
    await expect(writePracticeExport(plan, progress)).rejects.toBeInstanceOf(JobCancelled);
    expect(partialHadFiles).toBe(true);
    expect(readdirSync(into)).toEqual([]);
    expect(countRows(sqlite(), 'disclosures')).toBe(disclosuresBefore);
    expect(auditRowsAfter(sqlite(), from).filter((row) => row.action === 'export.practice')).toEqual([]);

    // Through the API: cancelled at once, the job ends cancelled with nothing left behind.
    const api = folder();
    const started = await manager.must('exchange.exportPractice', {
      folder: api,
      recipientName: 'Record retention',
      purpose: 'legal',
    });
    expect((await manager.must('exchange.cancel', { jobId: started.jobId })).state).toBe('running');
    expect((await settle(started)).state).toBe('cancelled');
    expect(readdirSync(api)).toEqual([]);
    expect(countRows(sqlite(), 'disclosures')).toBe(disclosuresBefore);
  });

  it('refuses a folder that is missing, a file, relative or URI-like, in plain words, writing nothing', async () => {
    const file = join(folder(), 'not-a-folder.txt');
    writeFileSync(file, 'x');
    const disclosuresBefore = countRows(sqlite(), 'disclosures');
    const cases: [string, RegExp][] = [
      [join(folder(), 'unplugged'), /The export folder .* is not available: the drive may be unplugged/],
      [file, /is a file, not a folder\. Choose a folder for exports\./],
      ['exports/today', /The export path must be a full path/],
      [`${folder()}?key=x`, /The export path contains "\?", "#", "file:" or "key="/],
    ];
    for (const [path, message] of cases) {
      const result = await manager.call('exchange.exportPractice', {
        folder: path,
        recipientName: 'Record retention',
        purpose: 'legal',
      });
      expect(result.ok ? 'started' : `${result.error.field} ${result.error.message}`, path).toMatch(message);
      if (!result.ok) expect(result.error.field).toBe('folder');
    }
    expect(countRows(sqlite(), 'disclosures')).toBe(disclosuresBefore);
  });

  it('names the folder for the practice-zone minute it started and says a full disk plainly', () => {
    expect(exportFolderName('America/Chicago', new Date('2026-03-09T19:05:00Z'))).toBe(
      'chartroom-export-2026-03-09-1405',
    );
    const full = plainExportFailure(Object.assign(new Error('write failed'), { code: 'ENOSPC' }), '/media/usb');
    expect(full).toMatchObject({
      code: 'DISK_FULL',
      message:
        'The export folder /media/usb is full. Free some space there, or choose a larger drive, and export again. The unfinished export was removed and nothing was recorded.',
    });
    const unplugged = plainExportFailure(Object.assign(new Error('gone'), { code: 'ENOENT' }), '/media/usb');
    expect(unplugged).toMatchObject({ code: 'DESTINATION_UNAVAILABLE' });
  });

  it('lets a job be watched and cancelled by office managers only, and an unknown job is not found', async () => {
    const nurse = await practice.signIn('nurse');
    const refused = await nurse.call('exchange.exportPractice', {
      folder: folder(),
      recipientName: 'X',
      purpose: 'legal',
    });
    expect(refused.ok ? '' : refused.error.code).toBe('FORBIDDEN');
    const unknown = await manager.call('exchange.job', { jobId: '5b1f0f7e-8c1e-4d3a-9f57-0d6f6f1d2a11' });
    expect(unknown.ok ? '' : unknown.error.code).toBe('NOT_FOUND');
  });
});
