import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maxDocumentBytes } from '../../../electron/contract/documents';
import { buildPdf } from '../../helpers/document-files';
import { type Caller, createTestPractice, registerChartPair, type TestPractice } from '../../helpers/practice';
import { auditRowsAfter, countRows, lastAuditId } from '../../helpers/sentinel';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/documents/${name}`, import.meta.url));
const pdf = fixture('outside-records.pdf');
const png = fixture('insurance-card.png');
const jpeg = fixture('photo-id.jpg');
const tiff = fixture('scanned-chart.tiff');

const item = { title: 'Cardiology consult', category: 'outside-records', documentDate: '2025-03-14' } as const;
const file = (name: string, bytes: Buffer) => ({ name, contentBase64: bytes.toString('base64') });
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** Issue 4, documents: files checked by their bytes, stored inside the store, viewed, edited, retired. */
describe('documents', () => {
  let practice: TestPractice;
  let nurse: Caller;
  let patientId = 0;
  let otherPatientId = 0;

  const stored = () => {
    const sqlite = practice.app.services.vault.store.sqlite;
    return { documents: countRows(sqlite, 'documents'), files: countRows(sqlite, 'document_files') };
  };

  /** Imports, expects a refusal whose message matches, and checks that nothing was written or audited as an import. */
  const refused = async (input: Parameters<Caller['raw']>[1], message: RegExp) => {
    const before = stored();
    const auditFrom = lastAuditId(practice.app.services.vault.store.sqlite);
    const result = await nurse.raw('documents.import', input);
    expect(result.ok ? 'accepted' : result.error.message).toMatch(message);
    expect(stored()).toEqual(before);
    const audited = auditRowsAfter(practice.app.services.vault.store.sqlite, auditFrom);
    expect(audited.filter((row) => row.action === 'document.import')).toEqual([]);
    return result.ok ? undefined : result.error;
  };

  beforeAll(async () => {
    practice = await createTestPractice();
    nurse = await practice.signIn('nurse');
    ({ patientId, otherPatientId } = await registerChartPair(nurse));
  });
  afterAll(() => practice.cleanup());

  it('imports a PDF, a PNG, a JPEG and a TIFF, each typed by its bytes, and gives every byte back', async () => {
    const imports = [
      { name: 'Consult LETTER.PDF', bytes: pdf, mediaType: 'application/pdf' },
      { name: 'card.png', bytes: png, mediaType: 'image/png' },
      { name: 'license.jpeg', bytes: jpeg, mediaType: 'image/jpeg' },
      { name: 'old chart.tif', bytes: tiff, mediaType: 'image/tiff' },
    ];
    for (const [index, { name, bytes, mediaType }] of imports.entries()) {
      const auditFrom = lastAuditId(practice.app.services.vault.store.sqlite);
      const document = await nurse.must('documents.import', {
        patientId,
        item: { ...item, title: `Document ${index}`, documentDate: `2025-0${index + 1}-10` },
        file: file(name, bytes),
      });
      expect(document).toMatchObject({ fileName: name, mediaType, byteSize: bytes.length, sha256: sha256(bytes) });
      const content = await nurse.must('documents.content', { patientId, itemId: document.id });
      const back = Buffer.from(content.contentBase64, 'base64');
      expect(back.equals(bytes)).toBe(true);
      expect(sha256(back)).toBe(document.sha256);
      const audited = auditRowsAfter(practice.app.services.vault.store.sqlite, auditFrom);
      expect(audited.map((row) => [row.action, row.patientId, row.entityId])).toEqual([
        ['document.import', patientId, String(document.id)],
        ['document.view', patientId, String(document.id)],
      ]);
      // The audit row names the kind of file, never its title or name (SECURITY.md S14).
      expect(audited[0]!.detail).toBe(`outside-records; ${mediaType}; ${bytes.length} bytes`);
    }
    const list = await nurse.must('documents.list', { patientId });
    expect(list.active.map((d) => d.title)).toEqual(['Document 3', 'Document 2', 'Document 1', 'Document 0']);
    expect(stored()).toEqual({ documents: 4, files: 4 });
  });

  it('refuses a file whose bytes are not what its name says, or not a document at all', async () => {
    await refused(
      { patientId, item, file: file('scan.pdf', png) },
      /^This file is named as a PDF but holds a PNG\. Rename it to \.png, or pick the right file\.$/,
    );
    await refused({ patientId, item, file: file('photo.png', jpeg) }, /named as a PNG but holds a JPEG/);
    await refused({ patientId, item, file: file('scan.tiff', pdf) }, /named as a TIFF but holds a PDF/);
    await refused(
      { patientId, item, file: file('notes.docx', pdf) },
      /^Chartroom imports PDF, JPEG, PNG and TIFF files; "notes\.docx" is not one of them\./,
    );
    await refused(
      { patientId, item, file: file('letter.pdf', Buffer.from('Dear Dr. Adams, thank you for seeing')) },
      /^This file is not a readable PDF: its contents are not a PDF/,
    );
  });

  it('refuses an empty file and files cut off part way, saying so', async () => {
    await refused({ patientId, item, file: file('empty.pdf', Buffer.alloc(0)) }, /^This file is empty \(0 bytes\)\./);
    const cutOff = /it ends early, so it was probably cut off while being copied or scanned/;
    const half = (bytes: Buffer) => bytes.subarray(0, Math.floor(bytes.length * 0.6));
    const pdfError = await refused({ patientId, item, file: file('cut.pdf', half(pdf)) }, cutOff);
    expect(pdfError?.message).toMatch(/^This file is not a readable PDF: /);
    expect(pdfError?.field).toBe('file');
    await refused({ patientId, item, file: file('cut.png', half(png)) }, /not a readable PNG: it ends early/);
    await refused({ patientId, item, file: file('cut.jpg', half(jpeg)) }, /not a readable JPEG: it ends early/);
    await refused({ patientId, item, file: file('cut.tif', half(tiff)) }, /not a readable TIFF: it ends early/);
    const damaged = Buffer.from(png);
    damaged[40] = (damaged[40] ?? 0) ^ 0xff;
    await refused({ patientId, item, file: file('damaged.png', damaged) }, /a checksum does not match/);
    await refused({ patientId, item, file: { name: 'x.pdf', contentBase64: 'not base64!' } }, /did not arrive intact/);
  });

  it('refuses a file over 20 MB with its size and what to do, in the contract and before it', async () => {
    const justOver = Buffer.alloc(maxDocumentBytes + 1, 0x20);
    pdf.copy(justOver);
    await refused(
      { patientId, item, file: file('big.pdf', justOver) },
      /^This file is 20\.1 MB; the limit is 20 MB\. Scan at a lower resolution or split the file\.$/,
    );
    // Far over: refused by the input guard before any parsing, with the same message.
    const huge = Buffer.alloc(Math.round(31.4 * 1024 * 1024), 0x20);
    await refused(
      { patientId, item, file: file('huge.pdf', huge) },
      /^This file is 31\.4 MB; the limit is 20 MB\. Scan at a lower resolution or split the file\.$/,
    );
    // The allowance is for that one field: anything else of that size is still refused.
    await refused(
      { patientId, item: { ...item, comment: 'x'.repeat(1_100_000) }, file: file('a.pdf', pdf) },
      /The request is too large/,
    );
  });

  it('checks the details: a title, a kind, a date that has happened, and no file twice', async () => {
    await refused(
      { patientId, item: { ...item, title: '  ' }, file: file('a.pdf', buildPdf([['A']])) },
      /^Enter the title\.$/,
    );
    await refused(
      { patientId, item: { ...item, category: 'recipe' }, file: file('a.pdf', buildPdf([['A']])) },
      /^Pick what kind of document this is\.$/,
    );
    await refused(
      { patientId, item: { ...item, documentDate: '2999-01-01' }, file: file('a.pdf', buildPdf([['A']])) },
      /^The document date is in the future\. Enter the date it happened\.$/,
    );
    await refused(
      { patientId, item: { ...item, documentDate: '' }, file: file('a.pdf', buildPdf([['A']])) },
      /^Enter the document date\.$/,
    );
    const twice = await refused(
      { patientId, item: { ...item, title: 'Again' }, file: file('same.pdf', pdf) },
      /^This file is already on the chart as "Document 0" \(2025-01-10\)\. Open that document instead\.$/,
    );
    expect(twice?.code).toBe('CONFLICT');
    await refused({ patientId: 999_999, item, file: file('a.pdf', buildPdf([['A']])) }, /patient was not found/);
  });

  it('edits the details with every version kept, the file unchanged; a stale edit is refused', async () => {
    const [document] = (await nurse.must('documents.list', { patientId })).active.filter(
      (d) => d.title === 'Document 0',
    );
    const edited = await nurse.must('documents.update', {
      patientId,
      itemId: document!.id,
      expectedVersion: document!.version,
      item: {
        title: 'Cardiology consult, Dr. Patel',
        category: 'letter',
        documentDate: '2025-01-09',
        comment: 'faxed',
      },
    });
    expect(edited).toMatchObject({
      version: 2,
      fileName: document!.fileName,
      sha256: document!.sha256,
      category: 'letter',
    });
    const stale = await nurse.call('documents.update', {
      patientId,
      itemId: document!.id,
      expectedVersion: 1,
      item: { title: 'Older edit', category: 'letter', documentDate: '2025-01-09' },
    });
    expect(stale.ok ? '' : stale.error.code).toBe('CONFLICT');
    const history = await nurse.must('documents.history', { patientId, itemId: document!.id });
    expect(history.map((v) => v.action)).toEqual(['created', 'edited']);
    expect(history[1]!.changes.map((c) => c.field).sort()).toEqual(['category', 'comment', 'documentDate', 'title']);
    const content = await nurse.must('documents.content', { patientId, itemId: document!.id });
    expect(Buffer.from(content.contentBase64, 'base64').equals(pdf)).toBe(true);
  });

  it('refuses every write and read that names another patient, changing nothing', async () => {
    const [document] = (await nurse.must('documents.list', { patientId })).active;
    const before = stored();
    const wrongChart = /belongs to another patient's chart; nothing was changed/;
    const ref = { patientId: otherPatientId, itemId: document!.id };
    for (const [name, input] of [
      ['documents.update', { ...ref, expectedVersion: document!.version, item }],
      ['documents.retire', { ...ref, reason: 'wrong patient' }],
      ['documents.content', ref],
      ['documents.history', ref],
    ] as const) {
      const result = await nurse.raw(name, input);
      expect(result.ok ? 'accepted' : result.error.message).toMatch(wrongChart);
    }
    expect(stored()).toEqual(before);
    expect((await nurse.must('documents.list', { patientId })).active[0]).toEqual(document);
    expect((await nurse.must('documents.list', { patientId: otherPatientId })).active).toEqual([]);
  });

  it('retires with a reason; the file stays readable and can never be changed or deleted', async () => {
    const [document] = (await nurse.must('documents.list', { patientId })).active;
    const noReason = await nurse.call('documents.retire', { patientId, itemId: document!.id, reason: ' ' });
    expect(noReason.ok ? '' : noReason.error.message).toBe('Enter the reason.');
    const retired = await nurse.must('documents.retire', { patientId, itemId: document!.id, reason: 'wrong patient' });
    expect(retired).toMatchObject({ retired: true, retiredReason: 'wrong patient' });
    const list = await nurse.must('documents.list', { patientId });
    expect(list.retired.map((d) => d.id)).toEqual([document!.id]);
    expect(list.active.map((d) => d.id)).not.toContain(document!.id);
    const edit = await nurse.call('documents.update', {
      patientId,
      itemId: document!.id,
      expectedVersion: retired.version,
      item,
    });
    expect(edit.ok ? '' : edit.error.message).toMatch(/was retired/);
    expect((await nurse.must('documents.content', { patientId, itemId: document!.id })).document.retired).toBe(true);
    const sqlite = practice.app.services.vault.store.sqlite;
    expect(() =>
      sqlite.prepare("UPDATE document_files SET content = x'00' WHERE document_id = ?").run(document!.id),
    ).toThrow(/An imported file never changes/);
    expect(() => sqlite.prepare('DELETE FROM document_files WHERE document_id = ?').run(document!.id)).toThrow(
      /never deleted/,
    );
    expect(() => sqlite.prepare('DELETE FROM documents WHERE id = ?').run(document!.id)).toThrow(/never deleted/);
  });

  it('refuses the front desk: no list, no import, no file', async () => {
    const desk = await practice.signIn('front_desk');
    const [document] = (await nurse.must('documents.list', { patientId })).active;
    const before = stored();
    for (const [name, input] of [
      ['documents.list', { patientId }],
      ['documents.import', { patientId, item, file: file('desk.pdf', buildPdf([['Front desk']])) }],
      ['documents.content', { patientId, itemId: document!.id }],
    ] as const) {
      const result = await desk.raw(name, input);
      expect(result.ok ? 'accepted' : result.error.code).toBe('FORBIDDEN');
    }
    expect(stored()).toEqual(before);
  });
});
