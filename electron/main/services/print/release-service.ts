import { createHash, randomUUID } from 'node:crypto';
import { type ChartStore, repositories, withTransaction } from '../../../../db';
import { encounterTypeWords } from '../../../contract/encounters';
import { ChartroomError } from '../../../contract/errors';
import type { ParsedInputOf } from '../../../contract/procedures';
import type {
  DisclosureDto,
  DisclosureMedium,
  DisclosurePurpose,
  PreparedReleaseDto,
  Recipient,
  ReleasableItemsDto,
} from '../../../contract/release';
import { recordAudit } from '../audit';
import type { Actor } from '../context';
import { readPractice } from '../practice';
import { dateInZone } from '../scheduling/zoned-time';
import { coverSheetBody } from './cover-sheet';
import { loadReleaseDocument, type ReleaseContext, type ReleaseDocument } from './documents';
import { unsignedNoteLabels } from './documents/visit-note';
import { usDate } from './formats';
import { type Html, html } from './html';
import { frameFor, patientSubject, printedLetterhead, printedLine, printZone } from './letterhead';
import { printedPage } from './page-frame';
import { pdfPageCount } from './pdf-pages';
import type { PdfPort } from './pdf-port';
import { recordDisclosure } from './record-disclosure';

/** A packet staff have previewed but not yet printed, saved or faxed: what its disclosure row will say. */
interface PreparedPacket {
  userId: number;
  patientId: number;
  preparedAt: number;
  recipient: Recipient;
  purpose: DisclosurePurpose;
  purposeDetail: string;
  items: string[];
  pageCount: number;
  sha256: string;
}

/** How long a previewed packet can still be recorded as sent; after that, prepare it again. */
const packetLifetimeMs = 30 * 60_000;

/**
 * Releasing records (issue 6; ARCHITECTURE.md section 6). `prepare` renders the chosen documents from
 * the store into one PDF with the patient on every page (and a cover sheet first, for a fax), audited
 * as a preview; `record` writes the disclosure when staff print it, save it or send it as a fax. The PDF
 * itself is not kept: the row holds its SHA-256, what was in it, to whom and why.
 */
export class ReleaseService {
  readonly #store: () => ChartStore;
  readonly #pdf: PdfPort;
  readonly #now: () => Date;
  readonly #prepared = new Map<string, PreparedPacket>();

  constructor(store: () => ChartStore, pdf: PdfPort, now: () => Date = () => new Date()) {
    this.#store = store;
    this.#pdf = pdf;
    this.#now = now;
  }

  items(patientId: number): ReleasableItemsDto {
    const store = this.#store();
    this.#patient(store, patientId);
    return {
      notes: repositories.releaseChoices.noteChoices(store.db, patientId).map((note) => ({
        noteId: note.noteId,
        label: `${usDate(note.date)} · ${encounterTypeWords(note.encounterType)} · ${note.templateName} · ${note.authorName}`,
        signed: note.status === 'signed',
      })),
      labPanels: repositories.releaseChoices.labPanelChoices(store.db, patientId).map((panel) => ({
        panelId: panel.panelId,
        label: `${usDate(panel.collectedAt.slice(0, 10))} · ${panel.name}`,
      })),
      counts: repositories.releaseChoices.listCounts(store.db, patientId),
    };
  }

  async prepare(actor: Actor, input: ParsedInputOf<'release.prepare'>): Promise<PreparedReleaseDto> {
    const store = this.#store();
    const practice = readPractice(store);
    const patient = this.#patient(store, input.patientId);
    const now = this.#now();
    const zone = printZone(practice);
    const today = dateInZone(zone, now);
    const context: ReleaseContext = {
      practice,
      patient,
      zone,
      now,
      actor,
      actorFullName: repositories.users.getUser(store.db, actor.userId)?.fullName ?? actor.username,
      recipient: input.recipient,
    };
    // Asked before any document is built: staff answer the warning, not wait for a packet first.
    const unsigned = unsignedNoteLabels(
      store,
      context,
      input.items.flatMap((item) => (item.kind === 'visit-note' ? [item.noteId] : [])),
    );
    if (unsigned.length > 0 && !input.releasePreliminary) {
      throw new ChartroomError(
        'CONFIRMATION_REQUIRED',
        `${unsigned.length === 1 ? 'This note is' : 'These notes are'} not signed: ${unsigned.join('; ')}. Release ${unsigned.length === 1 ? 'it' : 'them'} marked PRELIMINARY, or leave ${unsigned.length === 1 ? 'it' : 'them'} out.`,
        'items',
      );
    }
    const documents = input.items.map((item) => loadReleaseDocument(store, context, item));

    const letterhead = printedLetterhead(store, practice);
    const frame = frameFor(
      letterhead,
      {
        title: documents.length === 1 ? (documents[0] as ReleaseDocument).title : 'Medical records',
        subject: patientSubject(patient),
      },
      printedLine(actor, now, zone),
    );
    const sections = documents.map((document) => html`<section>${document.body}</section>`);
    const render = async (cover: Html | null) => {
      const page = printedPage(frame, html`${cover}${sections}`);
      const pdf = await this.#pdf.htmlToPdf(page.html, page.options);
      return { pdf, pageCount: pdfPageCount(pdf) };
    };
    const coverFor = (pages: string) =>
      coverSheetBody({
        from: letterhead,
        senderName: context.actorFullName,
        to: input.recipient,
        date: today,
        purpose: input.purpose,
        purposeDetail: input.purposeDetail,
        message: input.coverMessage,
        pages,
      });
    // The cover states the page count, which is known only once the packet is laid out: lay it out
    // with a placeholder of the same width, count, then render again with the number filled in.
    let rendered = await render(input.coverSheet ? coverFor('000') : null);
    if (input.coverSheet) {
      const counted = rendered.pageCount;
      rendered = await render(coverFor(String(counted)));
      if (rendered.pageCount !== counted)
        throw new ChartroomError('INTERNAL', 'The packet did not lay out the same way twice. Prepare it again.');
    }

    const items = [...(input.coverSheet ? ['Fax cover sheet'] : []), ...documents.map((document) => document.logLabel)];
    const packetId = randomUUID();
    this.#forgetExpired();
    this.#prepared.set(packetId, {
      userId: actor.userId,
      patientId: patient.id,
      preparedAt: Date.now(),
      recipient: input.recipient,
      purpose: input.purpose,
      purposeDetail: input.purposeDetail,
      items,
      pageCount: rendered.pageCount,
      sha256: createHash('sha256').update(rendered.pdf).digest('hex'),
    });
    recordAudit(store, {
      ...actor,
      action: 'release.preview',
      patientId: patient.id,
      entity: 'release',
      entityId: packetId,
      detail: `${items.length} items, ${rendered.pageCount} pages`,
    });
    const documentName = input.items.length === 1 ? (input.items[0]?.kind ?? 'records') : 'records';
    return {
      packetId,
      fileName: `${documentName}-${patient.mrn}-${today}.pdf`,
      pdfBase64: rendered.pdf.toString('base64'),
      pageCount: rendered.pageCount,
      preliminaryNotes: unsigned,
    };
  }

  record(actor: Actor, input: ParsedInputOf<'release.record'>): DisclosureDto {
    this.#forgetExpired();
    const packet = this.#prepared.get(input.packetId);
    if (!packet || packet.userId !== actor.userId)
      throw new ChartroomError(
        'NOT_FOUND',
        'This packet is no longer held (it is kept for 30 minutes). Prepare it again, then print, save or fax it.',
      );
    return this.#disclose(actor, packet, input.medium);
  }

  disclosures(patientId: number): DisclosureDto[] {
    const store = this.#store();
    this.#patient(store, patientId);
    return repositories.disclosures.disclosuresForPatient(store.db, patientId).map(toDisclosureDto);
  }

  #disclose(actor: Actor, release: PreparedPacket, medium: DisclosureMedium): DisclosureDto {
    const store = this.#store();
    return withTransaction(store, () => {
      const row = recordDisclosure(
        store,
        actor,
        { ...release, at: this.#now(), medium },
        {
          action: 'release.disclose',
          detail: `${medium}, ${release.purpose}, ${release.items.length} items${release.pageCount ? `, ${release.pageCount} pages` : ''}`,
        },
      );
      const view = repositories.disclosures.disclosureById(store.db, row.id);
      if (!view) throw new ChartroomError('INTERNAL', 'The disclosure was not recorded. Try again.');
      return toDisclosureDto(view);
    });
  }

  #patient(store: ChartStore, patientId: number): repositories.patients.PatientRecord {
    const patient = repositories.patients.getPatient(store.db, patientId);
    if (!patient) throw new ChartroomError('NOT_FOUND', 'This patient was not found. Search again.');
    return patient;
  }

  #forgetExpired(): void {
    const oldest = Date.now() - packetLifetimeMs;
    for (const [packetId, packet] of this.#prepared) if (packet.preparedAt < oldest) this.#prepared.delete(packetId);
  }
}

const toDisclosureDto = (view: repositories.disclosures.DisclosureView): DisclosureDto => {
  const row = view.disclosure;
  return {
    id: row.id,
    patientId: row.patientId,
    at: row.at,
    medium: row.medium,
    recipient: {
      name: row.recipientName,
      organisation: row.recipientOrganisation,
      address: row.recipientAddress,
      phone: row.recipientPhone,
      fax: row.recipientFax,
    },
    purpose: row.purpose,
    purposeDetail: row.purposeDetail,
    items: JSON.parse(row.items) as string[],
    pageCount: row.pageCount,
    username: view.username,
    userFullName: view.userFullName,
  };
};
