import { type ChartStore, repositories } from '../../../../db';
import { ChartroomError } from '../../../contract/errors';
import type { FaceSheetDto } from '../../../contract/face-sheet';
import { practiceZone } from '../scheduling/practice-zone';
import { instantToWallClock } from '../scheduling/zoned-time';

const vitalsShown = 12;
const labPanelsShown = 5;
const notesShown = 3;
/** How much of a note the screen's list shows; a printed summary has room for more. */
const screenExcerptLength = 160;

/** The first `length` characters of a note, across its sections; '' when the stored sections are not JSON. */
const excerptOf = (sectionsJson: string, length: number): string => {
  try {
    const sections = JSON.parse(sectionsJson) as { text?: unknown }[];
    const words = sections
      .map((section) => String(section.text ?? '').trim())
      .filter((text) => text.length > 0)
      .join(' · ')
      .replace(/\s+/g, ' ');
    return words.length > length ? `${words.slice(0, length - 1)}…` : words;
  } catch {
    return '';
  }
};

const doseText = (amount: number | null, unit: string): string => (amount === null ? '' : `${amount} ${unit}`.trim());

/**
 * The face sheet (issue 4): active problems and medications, the latest vitals with their trend,
 * recent labs with the abnormal ones, and the last three notes, read in one call so opening a chart
 * costs one round trip. Every read is bounded, whatever the size of the chart.
 */
export class FaceSheetService {
  readonly #store: () => ChartStore;
  readonly #now: () => Date;
  constructor(store: () => ChartStore, now: () => Date = () => new Date()) {
    this.#store = store;
    this.#now = now;
  }

  read(patientId: number, { noteExcerptLength = screenExcerptLength } = {}): FaceSheetDto {
    const db = this.#store().db;
    if (!repositories.patients.getPatient(db, patientId)) {
      throw new ChartroomError('NOT_FOUND', 'This patient was not found. Search again.');
    }
    const read = repositories.faceSheet;
    const panels = read.recentLabPanels(db, patientId, labPanelsShown);
    const observations = read.observationsOf(db, panels);
    const review = repositories.medications.latestReview(db, patientId);
    return {
      problems: read.activeProblems(db, patientId),
      medications: read.currentMedications(db, patientId).map((m) => ({
        id: m.id,
        name: m.name,
        coded: m.rxcui !== '',
        strength: m.strength,
        dose: doseText(m.doseAmount, m.doseUnit),
        frequency: m.frequency,
        status: m.status,
      })),
      medicationReview: { at: review?.at ?? '', by: review?.by ?? '' },
      vitals: read.recentVitals(db, patientId, vitalsShown).map((v) => ({
        takenAt: v.takenAt,
        values: {
          systolic: v.systolic,
          diastolic: v.diastolic,
          heartRate: v.heartRate,
          respiratoryRate: v.respiratoryRate,
          temperatureC: v.temperatureC,
          spo2: v.spo2,
          heightCm: v.heightCm,
          weightKg: v.weightKg,
          headCircumferenceCm: v.headCircumferenceCm,
          pain: v.pain,
        },
      })),
      labs: panels.map((panel) => {
        const results = observations.filter((o) => o.panelId === panel.id);
        return {
          id: panel.id,
          name: panel.name,
          collectedAt: panel.collectedAt,
          resultCount: results.length,
          abnormal: results
            .filter((o) => o.flag !== '')
            .sort((a, b) => a.position - b.position)
            .map((o) => ({ analyte: o.analyte, value: o.value, unit: o.unit, flag: o.flag })),
        };
      }),
      notes: read.lastNotes(db, patientId, notesShown).map(({ sections, ...note }) => ({
        ...note,
        excerpt: excerptOf(sections, noteExcerptLength),
      })),
      encounterCount: read.encounterCount(db, patientId),
      nextAppointment: this.#nextAppointment(db, patientId),
    };
  }

  /** The next visit, in the practice's wall-clock time. */
  #nextAppointment(db: ChartStore['db'], patientId: number): FaceSheetDto['nextAppointment'] {
    const next = repositories.faceSheet.nextAppointment(db, patientId, this.#now().toISOString());
    if (!next) return null;
    const zone = practiceZone({ db });
    const { date, time } = instantToWallClock(zone, next.startsAt);
    return {
      id: next.id,
      date,
      start: time,
      providerName: next.providerName,
      typeName: next.typeName,
      status: next.status,
    };
  }
}
