import type Database from 'better-sqlite3';
import { foldForSearch } from '../../db';

/**
 * The bench's read workload written by hand against raw better-sqlite3, statements prepared once:
 * what the app's path (router, zod, services, drizzle, DTOs) is compared with, and what runs on both
 * the encrypted store and its plaintext copy. Each returns the rows the app's screen needs, unmapped.
 * The bench checks that each returns as many rows as the app's path for the same question, so these
 * cannot drift into answering an easier one.
 */
export interface DayWindow {
  fromDate: string;
  toDate: string;
  fromInstant: string;
  toInstant: string;
}

export interface FaceSheetCounts {
  problems: number;
  medications: number;
  vitals: number;
  labPanels: number;
  notes: number;
}

export interface HandWrittenQueries {
  /** Name fragments as typed ("smi joh"): FTS5 prefix match on the folded names, 20 rows. */
  searchByName(typed: string): unknown[];
  /** Everything the face sheet shows; returns the length of each of its lists. */
  faceSheet(patientId: number, nowIso: string): FaceSheetCounts;
  /** The all-provider day view, cancelled appointments included. */
  dayView(window: DayWindow): unknown[];
}

const onStatuses = "('scheduled', 'arrived', 'roomed', 'with-provider')";

export const handWrittenQueries = (sqlite: Database.Database): HandWrittenQueries => {
  const search = sqlite.prepare(
    `SELECT p.id, p.mrn, p.legal_given_name, p.legal_family_name, p.preferred_name, p.birth_date, p.sex,
            p.mobile_phone, p.home_phone, p.work_phone
       FROM patients p
      WHERE p.id IN (SELECT rowid FROM patient_search WHERE patient_search MATCH ?)
      ORDER BY p.name_key, p.birth_date
      LIMIT 20`,
  );
  const patient = sqlite.prepare('SELECT * FROM patients WHERE id = ?');
  const primaryPolicy = sqlite.prepare(
    "SELECT * FROM insurance_policies WHERE patient_id = ? AND rank = 'primary' AND retired_at IS NULL",
  );
  const problems = sqlite.prepare(
    `SELECT id, code, description, onset FROM problems
      WHERE patient_id = ? AND retired = 0 AND clinical_status = 'active' ORDER BY description`,
  );
  const medications = sqlite.prepare(
    `SELECT * FROM medications
      WHERE patient_id = ? AND retired = 0 AND status IN ('active', 'on-hold') ORDER BY name`,
  );
  const review = sqlite.prepare(
    `SELECT r.at, u.full_name FROM medication_reviews r JOIN users u ON u.id = r.user_id
      WHERE r.patient_id = ? ORDER BY r.at DESC, r.id DESC LIMIT 1`,
  );
  const vitals = sqlite.prepare(
    'SELECT * FROM vitals WHERE patient_id = ? AND retired = 0 ORDER BY taken_at DESC LIMIT 12',
  );
  const panels = sqlite.prepare(
    'SELECT * FROM lab_panels WHERE patient_id = ? AND retired = 0 ORDER BY collected_at DESC LIMIT 5',
  );
  const observations = sqlite.prepare(
    `SELECT o.* FROM lab_observations o
       JOIN (SELECT id, version FROM lab_panels WHERE patient_id = ? AND retired = 0
              ORDER BY collected_at DESC LIMIT 5) p
         ON p.id = o.panel_id AND p.version = o.panel_version`,
  );
  const lastNotes = sqlite.prepare(
    `SELECT n.id, n.encounter_id, e.date, e.type, u.full_name, n.status, n.template_name, n.sections
       FROM notes n JOIN encounters e ON e.id = n.encounter_id JOIN users u ON u.id = n.author_id
      WHERE n.patient_id = ? AND n.retired = 0
      ORDER BY e.date DESC, n.id DESC LIMIT 3`,
  );
  const encounterCount = sqlite.prepare('SELECT count(*) AS n FROM encounters WHERE patient_id = ? AND retired = 0');
  const nextAppointment = sqlite.prepare(
    `SELECT a.id, a.starts_at, a.status, u.full_name, t.name
       FROM appointments a JOIN users u ON u.id = a.provider_id JOIN appointment_types t ON t.id = a.type_id
      WHERE a.patient_id = ? AND a.ends_at > ? AND a.status IN ${onStatuses}
      ORDER BY a.starts_at LIMIT 1`,
  );
  const day = sqlite.prepare(
    `SELECT a.*, p.legal_given_name, p.legal_family_name, p.mrn, p.birth_date, t.name AS type_name,
            t.colour AS type_colour, r.name AS room_name
       FROM appointments a
       JOIN patients p ON p.id = a.patient_id
       JOIN appointment_types t ON t.id = a.type_id
       LEFT JOIN rooms r ON r.id = a.room_id
      WHERE a.provider_id IN (SELECT u.id FROM users u LEFT JOIN schedule_providers s ON s.user_id = u.id
                               WHERE u.active = 1
                                 AND (s.active = 1 OR (s.user_id IS NULL AND u.role = 'physician')))
        AND a.local_date BETWEEN ? AND ?
        AND a.starts_at < ? AND a.ends_at > ?
      ORDER BY a.starts_at, a.provider_id, a.id`,
  );
  return {
    searchByName: (typed) => {
      const terms = foldForSearch(typed)
        .split(' ')
        .filter(Boolean)
        .map((token) => `names:"${token}"*`);
      return search.all(terms.join(' AND '));
    },
    faceSheet: (patientId, nowIso) => {
      if (!patient.get(patientId)) throw new Error(`hand-written face sheet: no patient ${patientId}`);
      primaryPolicy.get(patientId);
      review.get(patientId);
      encounterCount.get(patientId);
      nextAppointment.get(patientId, nowIso);
      const labPanels = panels.all(patientId);
      observations.all(patientId);
      return {
        problems: problems.all(patientId).length,
        medications: medications.all(patientId).length,
        vitals: vitals.all(patientId).length,
        labPanels: labPanels.length,
        notes: lastNotes.all(patientId).length,
      };
    },
    dayView: (window) => day.all(window.fromDate, window.toDate, window.toInstant, window.fromInstant),
  };
};
