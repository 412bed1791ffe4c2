import { createHash } from 'node:crypto';
import { type ChartStore, foldForSearch, repositories, withTransaction } from '../../../../db';
import { ChartroomError } from '../../../contract/errors';
import type { LabImportPreviewDto, LabPanelDto } from '../../../contract/labs';
import type { PatientSummary } from '../../../contract/patients';
import { recordAudit } from '../audit';
import type { Actor } from '../context';
import { Hl7Rejection, type OruMessage, type OruPatient, parseOru } from './hl7';
import type { LabService } from './labs';

interface OfferedFile {
  fileName: string;
  content: string;
}

const summaryOf = (patient: repositories.patients.PatientRecord): PatientSummary => ({
  id: patient.id,
  mrn: patient.mrn,
  legalGivenName: patient.legalGivenName,
  legalFamilyName: patient.legalFamilyName,
  preferredName: patient.preferredName,
  birthDate: patient.birthDate,
  sex: patient.sex,
  phone: patient.mobilePhone || patient.homePhone || patient.workPhone,
});

/** Where a chart's patient differs from the file's PID segment, in words; [] when they agree. */
const identityDifferences = (file: OruPatient, chart: PatientSummary): string[] => {
  const differences: string[] = [];
  if (file.mrn && file.mrn !== chart.mrn)
    differences.push(`The file's MRN is ${file.mrn}; this patient's MRN is ${chart.mrn}.`);
  if (foldForSearch(file.familyName) !== foldForSearch(chart.legalFamilyName))
    differences.push(`The file's family name is "${file.familyName}"; this patient's is "${chart.legalFamilyName}".`);
  if (file.givenName && foldForSearch(file.givenName) !== foldForSearch(chart.legalGivenName))
    differences.push(`The file's given name is "${file.givenName}"; this patient's is "${chart.legalGivenName}".`);
  if (file.birthDate !== chart.birthDate)
    differences.push(
      `The file's date of birth is ${file.birthDate || 'missing'}; this patient's is ${chart.birthDate}.`,
    );
  return differences;
};

const errorFor = (rejection: Hl7Rejection) =>
  new ChartroomError(rejection.kind === 'duplicate' ? 'CONFLICT' : 'BAD_REQUEST', rejection.message);

/**
 * Import of a reference lab's HL7 v2 ORU^R01 file (issue 4), in two steps: the preview reads the file
 * and proposes the patient (PID-3 MRN, else name and date of birth); the user confirms the patient and
 * the file is read again and written in ONE transaction: panels, results, the import log row and the
 * audit row. A rejected file writes only its log row and audit row, so nothing is half-imported, and a
 * message (MSH-10) is imported once.
 */
export class LabImportService {
  readonly #store: () => ChartStore;
  readonly #labs: LabService;

  constructor(store: () => ChartStore, labs: LabService) {
    this.#store = store;
    this.#labs = labs;
  }

  /** Logs the refusal, audits it by kind (the reason can name the patient), and returns the error to throw. */
  #reject(actor: Actor, file: OfferedFile, rejection: Hl7Rejection, messageControlId = ''): ChartroomError {
    const store = this.#store();
    withTransaction(store, () => {
      const logged = repositories.labs.recordImport(store.db, {
        at: new Date().toISOString(),
        userId: actor.userId,
        fileName: file.fileName,
        sha256: createHash('sha256').update(file.content).digest('hex'),
        messageControlId,
        outcome: 'rejected',
        reason: rejection.message,
      });
      recordAudit(store, {
        ...actor,
        action: 'lab.import-rejected',
        outcome: 'failure',
        entity: 'lab-import',
        entityId: logged.id,
        detail: `reason=${rejection.kind}`,
      });
    });
    return errorFor(rejection);
  }

  /** Reads the file; a rejection is logged before it is thrown. */
  #read(actor: Actor, file: OfferedFile): OruMessage {
    try {
      return parseOru(file.content);
    } catch (error) {
      if (error instanceof Hl7Rejection) throw this.#reject(actor, file, error);
      throw error;
    }
  }

  #refuseRepeat(message: OruMessage): void {
    const earlier = repositories.labs.importedMessage(this.#store().db, message.controlId);
    if (earlier) {
      throw new Hl7Rejection(
        'duplicate',
        `This message (${message.controlId}) was already imported on ${earlier.at.slice(0, 10)}; it is not imported twice.`,
      );
    }
  }

  #candidates(patient: OruPatient): LabImportPreviewDto['candidates'] {
    const db = this.#store().db;
    const byMrn = patient.mrn ? repositories.labs.patientIdByMrn(db, patient.mrn) : undefined;
    const mrnMatch = byMrn === undefined ? undefined : repositories.patients.getPatient(db, byMrn);
    const byName =
      patient.birthDate && patient.familyName
        ? repositories.patients.findPossibleDuplicates(db, patient.birthDate, patient.familyName, patient.givenName)
        : [];
    return [
      ...(mrnMatch ? [{ patient: summaryOf(mrnMatch), matchedBy: 'mrn' as const }] : []),
      ...byName
        .filter((candidate) => candidate.id !== byMrn)
        .map((candidate) => ({ patient: candidate, matchedBy: 'name-and-birth-date' as const })),
    ].map((candidate) => ({ ...candidate, differences: identityDifferences(patient, candidate.patient) }));
  }

  /** What the file holds and whose it may be. Unmatched, malformed and repeated files are refused and logged. */
  preview(actor: Actor, file: OfferedFile): LabImportPreviewDto {
    const message = this.#read(actor, file);
    let candidates: LabImportPreviewDto['candidates'];
    try {
      this.#refuseRepeat(message);
      candidates = this.#candidates(message.patient);
      if (candidates.length === 0) {
        const { mrn, familyName, givenName, birthDate } = message.patient;
        throw new Hl7Rejection(
          'unmatched',
          `No patient in this practice matches the file (MRN ${mrn || 'not given'}, ${familyName}, ${givenName}, born ${birthDate || 'date not given'}). Register the patient first, or check the file with the lab.`,
        );
      }
    } catch (error) {
      if (error instanceof Hl7Rejection) throw this.#reject(actor, file, error, message.controlId);
      throw error;
    }
    return {
      fileName: file.fileName,
      messageControlId: message.controlId,
      sendingFacility: message.sendingFacility,
      filePatient: message.patient,
      candidates,
      panels: message.panels,
    };
  }

  /**
   * Imports the file for the patient the user confirmed. A patient whose name, date of birth or MRN
   * differ from the file's needs an override reason, recorded in the audit row.
   */
  confirm(
    actor: Actor,
    input: OfferedFile & { patientId: number; overrideReason: string },
  ): { importId: number; panels: LabPanelDto[] } {
    const message = this.#read(actor, input);
    const store = this.#store();
    try {
      return withTransaction(store, () => {
        this.#refuseRepeat(message);
        const patient = repositories.patients.getPatient(store.db, input.patientId);
        if (!patient) throw new ChartroomError('NOT_FOUND', 'This patient was not found. Search again.');
        const differences = identityDifferences(message.patient, summaryOf(patient));
        if (differences.length > 0 && !input.overrideReason) {
          throw new ChartroomError(
            'CONFLICT',
            `${differences.join(' ')} Check that this is the right patient; to import anyway, give the reason.`,
            'overrideReason',
          );
        }
        const panels = message.panels.map(({ observations, ...panel }) =>
          this.#labs.addPanel(
            actor,
            input.patientId,
            {
              name: panel.name,
              collectedAt: panel.collectedAt,
              orderingProvider: panel.orderingProvider,
              performingLab: panel.performingLab,
              comment: panel.comment,
              source: 'hl7',
              messageControlId: message.controlId,
              accession: panel.accession,
            },
            observations,
          ),
        );
        const logged = repositories.labs.recordImport(store.db, {
          at: new Date().toISOString(),
          userId: actor.userId,
          fileName: input.fileName,
          sha256: createHash('sha256').update(input.content).digest('hex'),
          messageControlId: message.controlId,
          patientId: input.patientId,
          panelId: panels[0]!.id,
          outcome: 'imported',
        });
        const results = panels.reduce((sum, panel) => sum + panel.observations.length, 0);
        recordAudit(store, {
          ...actor,
          action: 'lab.import',
          patientId: input.patientId,
          entity: 'lab-import',
          entityId: logged.id,
          detail: `message=${message.controlId}; panels=${panels.length}; results=${results}${
            differences.length > 0 ? `; identity override: ${input.overrideReason}` : ''
          }`,
        });
        return { importId: logged.id, panels };
      });
    } catch (error) {
      if (error instanceof Hl7Rejection) throw this.#reject(actor, input, error, message.controlId);
      throw error;
    }
  }
}
