import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPdf } from '../helpers/document-files';
import { type Caller, createTestPractice, patientInput, type TestPractice } from '../helpers/practice';
import { entriesOf, listFiles, newSentinel, scanFiles, sentinelNeedles } from '../helpers/sentinel';

/**
 * S1 for imported documents (issue 4): a scanned file is PHI, so its bytes live only inside the
 * encrypted store. A PDF carrying a sentinel in its page text is imported and viewed; then every file
 * in the data folder (database, WAL, shm) and every new temp entry is searched for the sentinel.
 */
const tempRoots = [tmpdir(), '/var/tmp'].filter((dir, i, all) => existsSync(dir) && all.indexOf(dir) === i);

describe('S1 imported documents are encrypted at rest', () => {
  const sentinel = newSentinel();
  const document = buildPdf([[`Outside records for ${sentinel}`, 'Discharge summary'], ['Page two']]);
  const tempBefore = new Map<string, Set<string>>();
  let practice: TestPractice;
  let nurse: Caller;
  let patientId = 0;

  const newTempFiles = () =>
    tempRoots.flatMap((root) =>
      [...entriesOf(root)]
        .filter((name) => !tempBefore.get(root)?.has(name))
        .flatMap((name) => listFiles(join(root, name))),
    );

  beforeAll(async () => {
    for (const root of tempRoots) tempBefore.set(root, entriesOf(root));
    practice = await createTestPractice();
    nurse = await practice.signIn('nurse');
    const registered = await nurse.must('patients.register', { patient: patientInput() });
    if (registered.status !== 'registered') throw new Error('expected a registration');
    patientId = registered.patient.id;
  });
  afterAll(() => practice.cleanup());

  it('keeps the file out of every plain file, before and after a checkpoint, and gives it back whole', async () => {
    // Positive control: the file itself carries the sentinel in clear, so a leaked copy would be found.
    const control = join(practice.dir, '..', `document-control-${process.pid}.pdf`);
    try {
      writeFileSync(control, document);
      expect(scanFiles([control], sentinelNeedles(sentinel)).length).toBeGreaterThan(0);
    } finally {
      rmSync(control, { force: true });
    }

    const imported = await nurse.must('documents.import', {
      patientId,
      item: { title: 'Hospital discharge', category: 'outside-records', documentDate: '2025-02-01' },
      file: { name: 'discharge.pdf', contentBase64: document.toString('base64') },
    });
    const viewed = await nurse.must('documents.content', { patientId, itemId: imported.id });
    expect(Buffer.from(viewed.contentBase64, 'base64').equals(document)).toBe(true);

    const { dir, database } = practice.app.services.vault.paths;
    // Still in the WAL: the scan covers the write as it first reaches the disk.
    expect(existsSync(`${database}-wal`)).toBe(true);
    expect(scanFiles([...listFiles(dir), ...newTempFiles()], sentinelNeedles(sentinel))).toEqual([]);

    practice.close();
    expect(scanFiles([...listFiles(dir), ...newTempFiles()], sentinelNeedles(sentinel))).toEqual([]);

    practice = practice.reopen();
    const again = await practice.signIn('nurse');
    const reread = await again.must('documents.content', { patientId, itemId: imported.id });
    expect(Buffer.from(reread.contentBase64, 'base64').includes(sentinel)).toBe(true);
  });
});
