import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateRecoveryKey } from '../../db';
import type { ErrorCode } from '../../electron/contract/errors';
import { type ProcedureName, procedureNames, procedures } from '../../electron/contract/procedures';
import { type Permission, type Role, roleLabels, rolePermissions, roles } from '../../electron/contract/roles';
import {
  type Caller,
  createTestPractice,
  patientInput,
  practiceInput,
  staffPasswords,
  type TestPractice,
} from '../helpers/practice';
import { auditRowsAfter, lastAuditId } from '../helpers/sentinel';

/**
 * S3: roles are enforced in the main process. Every procedure of the contract is called under every
 * role through the router with a valid input; the expected verdict comes from the contract's own
 * tables (procedures[].access and rolePermissions), so a new procedure or permission is covered the
 * day it is added, and a procedure without an input below does not compile.
 */
interface Ctx {
  role: Role;
  patientId: number;
  patientVersion: () => number;
  spareUserId: number;
  /** An active physician: an encounter's provider. */
  physicianId: number;
  unique: string;
}

const matrixBundle = {
  name: 'matrix.json',
  contentBase64: Buffer.from(
    JSON.stringify({
      resourceType: 'Bundle',
      type: 'collection',
      entry: [
        {
          fullUrl: 'urn:uuid:5b0c2f4e-0000-4000-8000-000000000001',
          resource: {
            resourceType: 'Patient',
            name: [{ family: 'Matrix', given: ['Mia'] }],
            birthDate: '1970-01-02',
            gender: 'female',
          },
        },
      ],
    }),
  ).toString('base64'),
};
const matrixCsv = (row: string) => ({
  name: 'matrix.csv',
  contentBase64: Buffer.from(`Last Name,First Name,DOB,Sex\n${row}\n`).toString('base64'),
});

interface Case {
  input: (ctx: Ctx) => unknown;
  /** What a caller who may use the procedure gets with this input; 'ok' unless the input is refused by design. */
  whenAllowed?: ErrorCode;
}

const strongPassword = 'copper-meadow-42';
const missingBackup = '/nonexistent/chartroom-20260101-020000-r1.chartroom-backup';

/** A lab result file for the matrix's patient (Maria Lopez), with a message ID of its own per call. */
const matrixLabFile = (unique: string) => ({
  fileName: 'matrix.hl7',
  content: [
    `MSH|^~\\&|LAB|LAB|CHARTROOM|TFP|20250102090000||ORU^R01|MATRIX-${unique}|P|2.5.1`,
    'PID|1||^^^TFP^MR||LOPEZ^MARIA||19800304|F',
    'OBR|1||ACC-1|2823-3^Potassium^LN|||202501020800',
    'OBX|1|NM|2823-3^Potassium^LN||4.1|mmol/L|3.5-5.1||||F',
  ].join('\r'),
});

const cases: Record<ProcedureName, Case> = {
  'setup.status': { input: () => ({}) },
  'setup.initialise': {
    input: () => ({
      practice: practiceInput,
      admin: { username: 'intruder', fullName: 'Second Setup', password: strongPassword },
    }),
    whenAllowed: 'ALREADY_INITIALISED',
  },
  'auth.session': { input: () => ({}) },
  'auth.login': {
    input: ({ role }) => ({ username: staffPasswords[role].username, password: staffPasswords[role].password }),
  },
  'auth.recover': {
    input: () => ({ recoveryKey: generateRecoveryKey().formatted, username: 'olivia', newPassword: strongPassword }),
    whenAllowed: 'WRONG_RECOVERY_KEY',
  },
  'auth.unlock': { input: ({ role }) => ({ password: staffPasswords[role].password }) },
  'auth.lock': { input: () => ({}) },
  'auth.logout': { input: () => ({}) },
  'auth.changePassword': {
    // The same password again: fully checked (Argon2id included), then refused without changing anything.
    input: ({ role }) => ({
      currentPassword: staffPasswords[role].password,
      newPassword: staffPasswords[role].password,
    }),
    whenAllowed: 'WEAK_PASSWORD',
  },
  'auth.touch': { input: () => ({}) },
  'setup.restore': {
    input: () => ({ path: missingBackup, unlock: { recoveryKey: generateRecoveryKey().formatted } }),
    whenAllowed: 'ALREADY_INITIALISED',
  },
  'backup.status': { input: () => ({}) },
  'backup.indicator': { input: () => ({}) },
  'backup.getSettings': { input: () => ({}) },
  'backup.updateSettings': {
    input: () => ({ scheduleTime: '02:00', keepDaily: 7, keepWeekly: 5, keepMonthly: 12, keepYearly: 7 }),
  },
  'backup.listDestinations': { input: () => ({}) },
  // A folder that is not there: fully checked, then refused, so no destination is added.
  'backup.addDestination': {
    input: ({ unique }) => ({ label: `Disk ${unique}`, path: `/nonexistent/chartroom-${unique}`, offsite: false }),
    whenAllowed: 'DESTINATION_UNAVAILABLE',
  },
  'backup.updateDestination': {
    input: () => ({ destinationId: 999_999, label: 'Nowhere', offsite: false, active: true }),
    whenAllowed: 'NOT_FOUND',
  },
  // With no destination the run is recorded as failed at once: allowed, and quick.
  'backup.runNow': { input: () => ({}) },
  'backup.verifyNow': { input: () => ({}) },
  'backup.history': { input: () => ({ limit: 5 }) },
  'restore.inspect': { input: () => ({ path: missingBackup }), whenAllowed: 'BACKUP_NOT_FOUND' },
  'restore.apply': {
    input: () => ({ path: missingBackup, unlock: { recoveryKey: generateRecoveryKey().formatted } }),
    whenAllowed: 'BACKUP_NOT_FOUND',
  },
  'restore.openLookup': {
    input: () => ({ path: missingBackup, unlock: { recoveryKey: generateRecoveryKey().formatted } }),
    whenAllowed: 'BACKUP_NOT_FOUND',
  },
  'restore.lookupSearch': { input: () => ({ lookupId: randomUUID(), query: 'smith' }), whenAllowed: 'NOT_FOUND' },
  'restore.lookupPatient': {
    input: ({ patientId }) => ({ lookupId: randomUUID(), patientId }),
    whenAllowed: 'NOT_FOUND',
  },
  'restore.closeLookup': { input: () => ({ lookupId: randomUUID() }) },
  'chart.faceSheet': { input: ({ patientId }) => ({ patientId }) },
  'allergies.list': { input: ({ patientId }) => ({ patientId }) },
  'allergies.add': {
    input: ({ patientId, unique }) => ({
      patientId,
      allergy: { substance: `Matrixcillin ${unique}`, category: 'drug', severity: 'mild' },
    }),
  },
  'allergies.update': {
    input: ({ patientId }) => ({
      patientId,
      allergyId: 999_999,
      expectedVersion: 1,
      allergy: { substance: 'Nothing', category: 'food', severity: 'unknown' },
    }),
    whenAllowed: 'NOT_FOUND',
  },
  'allergies.retire': {
    input: ({ patientId }) => ({ patientId, allergyId: 999_999, reason: 'entered in error' }),
    whenAllowed: 'NOT_FOUND',
  },
  // Runs after allergies.add for the same role, so an allergy is active: refused by design, nothing written.
  'allergies.markNoKnown': { input: ({ patientId }) => ({ patientId }), whenAllowed: 'CONFLICT' },
  'allergies.history': { input: ({ patientId }) => ({ patientId, allergyId: 999_999 }), whenAllowed: 'NOT_FOUND' },
  'problems.list': { input: ({ patientId }) => ({ patientId }) },
  // The same code twice for one role is refused by design, so each call codes a different problem.
  'problems.add': {
    input: ({ patientId, role }) => ({
      patientId,
      item: { code: role === 'nurse' ? 'I10' : 'E78.5', description: 'Matrix problem', clinicalStatus: 'active' },
    }),
  },
  'problems.update': {
    input: ({ patientId }) => ({
      patientId,
      itemId: 999_999,
      expectedVersion: 1,
      item: { code: 'I10', description: 'Essential (primary) hypertension', clinicalStatus: 'active' },
    }),
    whenAllowed: 'NOT_FOUND',
  },
  'problems.retire': {
    input: ({ patientId }) => ({ patientId, itemId: 999_999, reason: 'entered in error' }),
    whenAllowed: 'NOT_FOUND',
  },
  'problems.history': { input: ({ patientId }) => ({ patientId, itemId: 999_999 }), whenAllowed: 'NOT_FOUND' },
  'codes.searchIcd10': { input: () => ({ query: 'hypertension' }) },
  'codes.icd10Source': { input: () => ({}) },
  // A file far smaller than the CMS code file is refused by design: the role check comes first.
  'codes.importIcd10': {
    input: () => ({ fileName: 'icd10cm-codes.txt', contentBase64: Buffer.from('A000 Cholera\n').toString('base64') }),
    whenAllowed: 'BAD_REQUEST',
  },
  'encounters.list': { input: ({ patientId }) => ({ patientId, type: 'office-visit' }) },
  'encounters.add': {
    input: ({ patientId, physicianId }) => ({
      patientId,
      item: { date: '2026-01-15', providerId: physicianId, type: 'office-visit', reason: 'Matrix visit' },
    }),
  },
  'encounters.update': {
    input: ({ patientId, physicianId }) => ({
      patientId,
      itemId: 999_999,
      expectedVersion: 1,
      item: { date: '2026-01-15', providerId: physicianId, type: 'follow-up' },
    }),
    whenAllowed: 'NOT_FOUND',
  },
  'encounters.retire': {
    input: ({ patientId }) => ({ patientId, itemId: 999_999, reason: 'entered in error' }),
    whenAllowed: 'NOT_FOUND',
  },
  'encounters.history': { input: ({ patientId }) => ({ patientId, itemId: 999_999 }), whenAllowed: 'NOT_FOUND' },
  'encounters.providers': { input: () => ({}) },
  // Notes need an encounter and a note of the caller's making; the refusals are what this matrix proves
  // (front desk and office manager never reach a note), so allowed roles meet a note that is not there.
  'notes.get': { input: ({ patientId }) => ({ patientId, noteId: 999_999 }), whenAllowed: 'NOT_FOUND' },
  'notes.create': {
    input: ({ patientId }) => ({ patientId, encounterId: 999_999, templateId: 1 }),
    whenAllowed: 'NOT_FOUND',
  },
  'notes.saveDraft': {
    input: ({ patientId }) => ({
      patientId,
      noteId: 999_999,
      expectedVersion: 1,
      sections: [{ title: 'Subjective', text: 'Matrix' }],
    }),
    whenAllowed: 'NOT_FOUND',
  },
  'notes.sign': {
    input: ({ patientId }) => ({
      patientId,
      noteId: 999_999,
      expectedVersion: 1,
      sections: [{ title: 'Subjective', text: 'Matrix' }],
    }),
    whenAllowed: 'NOT_FOUND',
  },
  'notes.requestCosign': {
    input: ({ patientId, physicianId }) => ({
      patientId,
      noteId: 999_999,
      expectedVersion: 1,
      sections: [{ title: 'Subjective', text: 'Matrix' }],
      cosignerId: physicianId,
    }),
    whenAllowed: 'NOT_FOUND',
  },
  'notes.cosign': {
    input: ({ patientId }) => ({
      patientId,
      noteId: 999_999,
      expectedVersion: 1,
      sections: [{ title: 'Subjective', text: 'Matrix' }],
    }),
    whenAllowed: 'NOT_FOUND',
  },
  'notes.addAddendum': {
    input: ({ patientId }) => ({ patientId, noteId: 999_999, text: 'Matrix addendum' }),
    whenAllowed: 'NOT_FOUND',
  },
  'notes.retire': {
    input: ({ patientId }) => ({ patientId, noteId: 999_999, reason: 'entered in error' }),
    whenAllowed: 'NOT_FOUND',
  },
  'noteTemplates.list': { input: () => ({}) },
  'noteTemplates.save': {
    input: ({ unique }) => ({
      name: `Matrix ${unique}`.slice(0, 80),
      sections: [{ title: 'Note', text: '{{vitals}}' }],
    }),
  },
  'noteTemplates.setActive': {
    input: () => ({ templateId: 999_999, expectedVersion: 1, active: false }),
    whenAllowed: 'NOT_FOUND',
  },
  // A different file per role: the same file twice on one chart is refused as a duplicate by design.
  'documents.import': {
    input: ({ patientId, unique }) => ({
      patientId,
      item: { title: 'Matrix letter', category: 'letter', documentDate: '2024-01-02' },
      file: {
        name: 'letter.pdf',
        contentBase64: Buffer.from(`%PDF-1.4\n%${unique}\nstartxref\n0\n%%EOF\n`).toString('base64'),
      },
    }),
  },
  'labs.list': { input: ({ patientId }) => ({ patientId }) },
  // One panel name per role: the same panel and collection time twice is refused by design.
  'labs.add': {
    input: ({ patientId, unique }) => ({
      patientId,
      item: {
        name: `Matrix panel ${unique}`,
        collectedAt: '2025-01-02T08:00',
        analytes: [{ analyte: 'Potassium', value: '5.9', unit: 'mmol/L', referenceRange: '3.5-5.1' }],
      },
    }),
  },
  'labs.update': {
    input: ({ patientId }) => ({
      patientId,
      itemId: 999_999,
      expectedVersion: 1,
      item: { name: 'Nothing', collectedAt: '2025-01-02', analytes: [{ analyte: 'Sodium', value: '140' }] },
    }),
    whenAllowed: 'NOT_FOUND',
  },
  'labs.retire': {
    input: ({ patientId }) => ({ patientId, itemId: 999_999, reason: 'entered in error' }),
    whenAllowed: 'NOT_FOUND',
  },
  'labs.history': { input: ({ patientId }) => ({ patientId, itemId: 999_999 }), whenAllowed: 'NOT_FOUND' },
  'labs.trend': { input: ({ patientId }) => ({ patientId, analyte: 'Potassium' }) },
  'labs.previewImport': { input: ({ unique }) => matrixLabFile(unique) },
  'labs.confirmImport': { input: ({ patientId, unique }) => ({ ...matrixLabFile(unique), patientId }) },
  'documents.list': { input: ({ patientId }) => ({ patientId }) },
  'documents.update': {
    input: ({ patientId }) => ({
      patientId,
      itemId: 999_999,
      expectedVersion: 1,
      item: { title: 'Matrix letter', category: 'letter', documentDate: '2024-01-02' },
    }),
    whenAllowed: 'NOT_FOUND',
  },
  'documents.retire': {
    input: ({ patientId }) => ({ patientId, itemId: 999_999, reason: 'entered in error' }),
    whenAllowed: 'NOT_FOUND',
  },
  'documents.history': { input: ({ patientId }) => ({ patientId, itemId: 999_999 }), whenAllowed: 'NOT_FOUND' },
  'documents.content': { input: ({ patientId }) => ({ patientId, itemId: 999_999 }), whenAllowed: 'NOT_FOUND' },
  'codes.searchRxNorm': { input: () => ({ query: 'lisinopril' }) },
  'codes.searchCvx': { input: () => ({ query: 'mmr' }) },
  'medications.list': { input: ({ patientId }) => ({ patientId }) },
  // The same drug twice on the current list is refused by design, so each role adds a different one.
  'medications.add': {
    input: ({ patientId, role }) => ({
      patientId,
      item: {
        rxcui: role === 'nurse' ? '29046' : '6809',
        name: 'Matrix drug',
        doseAmount: '1',
        doseUnit: 'tablet',
        status: 'active',
      },
    }),
  },
  'medications.update': {
    input: ({ patientId }) => ({
      patientId,
      itemId: 999_999,
      expectedVersion: 1,
      item: { name: 'Nothing', status: 'active' },
    }),
    whenAllowed: 'NOT_FOUND',
  },
  'medications.retire': {
    input: ({ patientId }) => ({ patientId, itemId: 999_999, reason: 'entered in error' }),
    whenAllowed: 'NOT_FOUND',
  },
  'medications.history': { input: ({ patientId }) => ({ patientId, itemId: 999_999 }), whenAllowed: 'NOT_FOUND' },
  'medications.markReviewed': { input: ({ patientId }) => ({ patientId }) },
  'immunizations.list': { input: ({ patientId }) => ({ patientId }) },
  // The same vaccine twice on one date is refused by design, so each role records a different one.
  'immunizations.add': {
    input: ({ patientId, role }) => ({
      patientId,
      item: { kind: 'historical', cvx: role === 'nurse' ? '03' : '115', date: '2020-01-15' },
    }),
  },
  'immunizations.update': {
    input: ({ patientId }) => ({
      patientId,
      itemId: 999_999,
      expectedVersion: 1,
      item: { kind: 'historical', cvx: '03', date: '2020-01-15' },
    }),
    whenAllowed: 'NOT_FOUND',
  },
  'immunizations.retire': {
    input: ({ patientId }) => ({ patientId, itemId: 999_999, reason: 'entered in error' }),
    whenAllowed: 'NOT_FOUND',
  },
  'immunizations.history': { input: ({ patientId }) => ({ patientId, itemId: 999_999 }), whenAllowed: 'NOT_FOUND' },
  'vitals.list': { input: ({ patientId }) => ({ patientId }) },
  // A set taken at the same time twice is refused by design, so each role records its own time.
  'vitals.add': {
    input: ({ patientId, role }) => ({
      patientId,
      item: {
        takenAt: new Date(Date.now() - (role === 'nurse' ? 1 : 2) * 3_600_000).toISOString(),
        systolic: 120,
        diastolic: 80,
        temperatureUnit: 'F',
        lengthUnit: 'in',
        massUnit: 'lb',
      },
    }),
  },
  'vitals.update': {
    input: ({ patientId }) => ({
      patientId,
      itemId: 999_999,
      expectedVersion: 1,
      item: {
        takenAt: '2026-01-01T09:00:00.000Z',
        heartRate: 70,
        temperatureUnit: 'F',
        lengthUnit: 'in',
        massUnit: 'lb',
      },
    }),
    whenAllowed: 'NOT_FOUND',
  },
  'vitals.retire': {
    input: ({ patientId }) => ({ patientId, itemId: 999_999, reason: 'entered in error' }),
    whenAllowed: 'NOT_FOUND',
  },
  'vitals.history': { input: ({ patientId }) => ({ patientId, itemId: 999_999 }), whenAllowed: 'NOT_FOUND' },
  'familyHistory.list': { input: ({ patientId }) => ({ patientId }) },
  // The same relative and condition twice is refused by design, so each role records a different one.
  'familyHistory.add': {
    input: ({ patientId, role }) => ({
      patientId,
      item: { relative: 'mother', condition: role === 'nurse' ? 'Asthma' : 'Glaucoma' },
    }),
  },
  'familyHistory.update': {
    input: ({ patientId }) => ({
      patientId,
      itemId: 999_999,
      expectedVersion: 1,
      item: { relative: 'father', condition: 'Gout' },
    }),
    whenAllowed: 'NOT_FOUND',
  },
  'familyHistory.retire': {
    input: ({ patientId }) => ({ patientId, itemId: 999_999, reason: 'entered in error' }),
    whenAllowed: 'NOT_FOUND',
  },
  'familyHistory.history': { input: ({ patientId }) => ({ patientId, itemId: 999_999 }), whenAllowed: 'NOT_FOUND' },
  'socialHistory.get': { input: ({ patientId }) => ({ patientId }) },
  // An edit of a record nobody created: fully checked, then refused, so every role sees the same outcome.
  'socialHistory.save': {
    input: ({ patientId }) => ({ patientId, expectedVersion: 999_999, item: { occupation: 'Matrix tester' } }),
    whenAllowed: 'NOT_FOUND',
  },
  'socialHistory.history': { input: ({ patientId }) => ({ patientId }) },
  'practice.get': { input: () => ({}) },
  'practice.update': { input: () => ({ ...practiceInput, idleLockMinutes: 10, temperatureUnit: 'F' }) },
  'schedule.setup': { input: () => ({}) },
  // A version nobody read: fully checked, then refused, so the physician's schedule is left as it is.
  'schedule.saveProvider': {
    input: ({ physicianId }) => ({
      providerId: physicianId,
      expectedVersion: 999_999,
      active: true,
      colour: 'teal',
      hours: [{ weekday: 1, kind: 'work', start: '08:00', end: '12:00' }],
    }),
    whenAllowed: 'CONFLICT',
  },
  'schedule.addDayOff': {
    input: ({ physicianId }) => ({
      providerId: physicianId,
      firstDay: '2031-07-01',
      lastDay: '2031-07-02',
      reason: 'Matrix',
    }),
  },
  'schedule.removeDayOff': {
    input: ({ physicianId }) => ({ providerId: physicianId, dayOffId: 999_999 }),
    whenAllowed: 'NOT_FOUND',
  },
  'schedule.saveRoom': {
    input: ({ unique }) => ({ roomId: null, expectedVersion: null, name: `Room ${unique}`, active: true }),
  },
  'schedule.saveType': {
    input: ({ unique, physicianId }) => ({
      typeId: null,
      expectedVersion: null,
      name: `Type ${unique}`,
      durationMinutes: 20,
      colour: 'grape',
      providerIds: [physicianId],
      active: true,
    }),
  },
  'appointments.day': { input: () => ({ date: '2031-07-01' }) },
  'appointments.month': { input: () => ({ month: '2031-07' }) },
  'appointments.get': { input: () => ({ appointmentId: 999_999 }), whenAllowed: 'NOT_FOUND' },
  'appointments.forPatient': { input: ({ patientId }) => ({ patientId }) },
  // A type nobody created: fully checked, then refused, so no appointment is booked.
  'appointments.book': {
    input: ({ patientId, physicianId }) => ({
      patientId,
      typeId: 999_999,
      slot: { providerId: physicianId, date: '2031-07-01', start: '09:00', durationMinutes: 30 },
    }),
    whenAllowed: 'NOT_FOUND',
  },
  'appointments.move': {
    input: ({ physicianId }) => ({
      appointmentId: 999_999,
      expectedVersion: 1,
      slot: { providerId: physicianId, date: '2031-07-01', start: '10:00', durationMinutes: 30 },
    }),
    whenAllowed: 'NOT_FOUND',
  },
  'appointments.cancel': {
    input: () => ({ appointmentId: 999_999, expectedVersion: 1, reason: 'Matrix' }),
    whenAllowed: 'NOT_FOUND',
  },
  'appointments.setStatus': {
    input: () => ({ appointmentId: 999_999, expectedVersion: 1, status: 'arrived', insuranceConfirmed: true }),
    whenAllowed: 'NOT_FOUND',
  },
  'appointments.findNext': { input: () => ({ typeId: 999_999 }), whenAllowed: 'NOT_FOUND' },
  'users.list': { input: () => ({}) },
  'users.create': {
    input: ({ unique }) => ({
      username: `matrix-${unique}`,
      fullName: 'Matrix User',
      role: 'front_desk',
      password: strongPassword,
    }),
  },
  'users.update': { input: ({ spareUserId }) => ({ userId: spareUserId, fullName: 'Spare User', role: 'nurse' }) },
  'users.setActive': { input: ({ spareUserId }) => ({ userId: spareUserId, active: true }) },
  'users.resetPassword': { input: ({ spareUserId }) => ({ userId: spareUserId, newPassword: strongPassword }) },
  'patients.search': { input: () => ({ query: 'lopez' }) },
  'patients.checkDuplicates': {
    input: () => ({ legalGivenName: 'Maria', legalFamilyName: 'Lopez', birthDate: '1980-03-04' }),
  },
  'patients.register': {
    input: ({ role }) => ({
      patient: patientInput({
        legalGivenName: 'Matrix',
        legalFamilyName: `Registrant ${roles.indexOf(role)}`,
        birthDate: `${1910 + roles.indexOf(role) * 7}-05-06`,
      }),
    }),
  },
  'patients.get': { input: ({ patientId }) => ({ patientId }) },
  'patients.update': {
    input: ({ patientId, patientVersion }) => ({
      patientId,
      expectedVersion: patientVersion(),
      patient: patientInput({ homePhone: '(217) 555-0111' }),
    }),
  },
  'patients.history': { input: ({ patientId }) => ({ patientId }) },
  'audit.list': { input: ({ patientId }) => ({ patientId, limit: 5 }) },
  'audit.verify': { input: () => ({}) },
  'recalls.set': {
    input: ({ patientId, unique }) => ({
      patientId,
      due: { kind: 'in', count: 3, unit: 'months' },
      reason: `Matrix recall ${unique}`,
    }),
  },
  'recalls.list': { input: () => ({ show: 'upcoming', upcomingDays: 120 }) },
  'recalls.update': {
    input: () => ({ recallId: 999_999, expectedVersion: 1, status: 'done' }),
    whenAllowed: 'NOT_FOUND',
  },
  'drafts.save': { input: () => ({ key: 'matrix:draft', patientId: null, content: '{"a":1}' }) },
  'drafts.get': { input: () => ({ key: 'matrix:draft' }) },
  'drafts.discard': { input: () => ({ key: 'matrix:draft' }) },
  // Renders a real (empty) day sheet in system Chromium for each role that may read the schedule.
  'print.daySheet': { input: () => ({ date: '2031-07-01' }) },
  'practice.letterheadLogo': { input: () => ({}) },
  'practice.setLetterheadLogo': { input: () => ({ logo: null }) },
  'release.items': { input: ({ patientId }) => ({ patientId }) },
  'release.prepare': {
    input: ({ patientId }) => ({
      patientId,
      items: [{ kind: 'demographics' }],
      recipient: { name: 'Maria Lopez' },
      purpose: 'patient-request',
    }),
  },
  'release.record': { input: () => ({ packetId: randomUUID(), medium: 'print' }), whenAllowed: 'NOT_FOUND' },
  'release.disclosures': { input: ({ patientId }) => ({ patientId }) },
  'exchange.exportPatient': {
    input: ({ patientId }) => ({ patientId, recipient: { name: 'Maria Lopez' }, purpose: 'patient-request' }),
  },
  // A folder that is not there: fully checked, then refused, so no job starts and nothing is written.
  'exchange.exportPractice': {
    input: () => ({ folder: '/nonexistent/chartroom-exports', recipientName: 'Record retention', purpose: 'legal' }),
    whenAllowed: 'DESTINATION_UNAVAILABLE',
  },
  'exchange.job': { input: () => ({ jobId: randomUUID() }), whenAllowed: 'NOT_FOUND' },
  'exchange.cancel': { input: () => ({ jobId: randomUUID() }), whenAllowed: 'NOT_FOUND' },
  // Looking at a file writes nothing; the imports are refused after the permission check, before any job starts.
  'exchange.previewFhirImport': { input: () => ({ file: matrixBundle }) },
  'exchange.importFhir': {
    input: () => ({ file: matrixBundle, decisions: [{ reference: 'urn:uuid:not-in-the-file', action: 'skip' }] }),
    whenAllowed: 'BAD_REQUEST',
  },
  'exchange.csvDryRun': { input: () => ({ file: matrixCsv('Smith,Ann,01/02/1970,F') }) },
  'exchange.importCsv': { input: () => ({ file: matrixCsv('Smith,Ann,13/45/1970,F') }), whenAllowed: 'BAD_REQUEST' },
};

const accessOf = (name: ProcedureName) => procedures[name].access;
const isPermission = (access: string): access is Permission => !['public', 'locked', 'session'].includes(access);
const deniedFor = (role: Role, name: ProcedureName): boolean => {
  const access = accessOf(name);
  return isPermission(access) && !rolePermissions[role].includes(access);
};

describe('S3 role x procedure matrix through the router', () => {
  let practice: TestPractice;
  let userIds: Record<string, number>;
  let ctxFor: (role: Role, unique: string) => Ctx;

  const sqlite = () => practice.app.services.vault.store.sqlite;
  const state = () => ({
    patients: sqlite().prepare('SELECT id, version FROM patients ORDER BY id').all(),
    users: sqlite().prepare('SELECT id, full_name, role, active, updated_at FROM users ORDER BY id').all(),
    practice: sqlite().prepare('SELECT * FROM practice').get(),
    keyring: readFileSync(practice.app.services.vault.paths.keyring, 'utf8'),
  });

  beforeAll(async () => {
    practice = await createTestPractice();
    const admin = await practice.signIn('office_manager');
    const spare = await admin.must('users.create', {
      username: 'spare',
      fullName: 'Spare User',
      role: 'nurse',
      password: strongPassword,
    });
    userIds = Object.fromEntries((await admin.must('users.list', {})).map((u) => [u.username, u.id]));
    const registered = await admin.must('patients.register', { patient: patientInput() });
    if (registered.status !== 'registered') throw new Error('expected a registration');
    const patientId = registered.patient.id;
    ctxFor = (role, unique) => ({
      role,
      patientId,
      spareUserId: spare.id,
      physicianId: userIds[staffPasswords.physician.username]!,
      unique,
      patientVersion: () =>
        (sqlite().prepare('SELECT version FROM patients WHERE id = ?').get(patientId) as { version: number }).version,
    });
  });
  afterAll(() => practice.cleanup());

  it('has an input for every procedure of the contract, and the table denies something to someone', () => {
    expect(Object.keys(cases).sort()).toEqual([...procedureNames].sort());
    // Guards against a vacuous matrix: these refusals follow from roles.ts today.
    expect(deniedFor('front_desk', 'audit.list')).toBe(true);
    expect(deniedFor('nurse', 'users.create')).toBe(true);
    expect(deniedFor('physician', 'practice.update')).toBe(true);
    expect(deniedFor('front_desk', 'notes.get')).toBe(true);
    expect(deniedFor('office_manager', 'notes.get')).toBe(true);
    expect(deniedFor('nurse', 'notes.sign')).toBe(true);
    expect(deniedFor('nurse', 'noteTemplates.save')).toBe(true);
    expect(deniedFor('office_manager', 'users.create')).toBe(false);
  });

  const matrix = roles.flatMap((role) => procedureNames.map((name) => [role, name, deniedFor(role, name)] as const));

  it.each(matrix)('%s calling %s: denied=%s', async (role, name, denied) => {
    const caller: Caller = await practice.signIn(role);
    const input = cases[name].input(ctxFor(role, `${role}-${name}`.replace(/[^a-z0-9]/g, '-')));
    const before = lastAuditId(sqlite());
    const stateBefore = state();
    const result = await caller.raw(name, input);
    const written = auditRowsAfter(sqlite(), before);

    if (denied) {
      expect(result).toEqual({
        ok: false,
        error: {
          code: 'FORBIDDEN',
          message: expect.stringContaining(`Your role (${roleLabels[role]}) does not allow this`),
        },
      });
      const { username } = staffPasswords[role];
      const patientId = (input as { patientId?: number }).patientId ?? null;
      expect(written).toEqual([
        expect.objectContaining({
          action: 'access.denied',
          outcome: 'failure',
          detail: name,
          userId: userIds[username],
          username,
          patientId,
          workstation: caller.connection.workstation,
        }),
      ]);
      // Refused before the handler: no patient, account, key slot or practice setting changed.
      expect(state()).toEqual(stateBefore);
    } else {
      const expected = cases[name].whenAllowed;
      if (expected) expect(result).toMatchObject({ ok: false, error: { code: expected } });
      else expect(result).toMatchObject({ ok: true });
      expect(written.filter((row) => row.action === 'access.denied')).toEqual([]);
    }
  });

  it('refuses every non-public procedure without a session, and writes nothing', async () => {
    const anonymous = practice.connect('ws-anonymous');
    // A connection the app never opened (a forged or stale window id) is no better than none.
    const forged = { id: 'forged-connection-id', transport: 'ipc' as const, workstation: 'ws-forged' };
    const before = lastAuditId(sqlite());
    for (const name of procedureNames.filter((n) => accessOf(n) !== 'public')) {
      const input = cases[name].input(ctxFor('office_manager', 'anonymous'));
      expect(await anonymous.raw(name, input), name).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
      const viaForged = await practice.app.call(forged, name, input);
      expect(viaForged, name).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    }
    expect(auditRowsAfter(sqlite(), before)).toEqual([]);
  });

  it.each(roles)(
    'refuses session and permission procedures on a locked %s session, before any role check',
    async (role) => {
      const caller = await practice.signIn(role);
      await caller.must('auth.lock', {});
      const before = lastAuditId(sqlite());
      const guarded = procedureNames.filter((n) => accessOf(n) === 'session' || isPermission(accessOf(n)));
      expect(guarded.length).toBeGreaterThan(10);
      for (const name of guarded) {
        const result = await caller.raw(name, cases[name].input(ctxFor(role, `locked-${role}`)));
        expect(result, name).toMatchObject({ ok: false, error: { code: 'SESSION_LOCKED' } });
      }
      // No access.denied rows either: a locked screen reveals nothing about what the role may do.
      expect(auditRowsAfter(sqlite(), before)).toEqual([]);
      // The 'locked' procedures still work: reading the session and unlocking with the password.
      expect(await caller.must('auth.session', {})).toMatchObject({ locked: true });
      expect(await caller.must('auth.unlock', { password: staffPasswords[role].password })).toMatchObject({
        locked: false,
      });
      await caller.must('patients.search', { query: 'lopez' });
    },
  );

  it("signs a deactivated user's open windows out at once and refuses their password", async () => {
    const admin = await practice.signIn('office_manager');
    await admin.must('users.create', {
      username: 'leaving',
      fullName: 'Leaving User',
      role: 'nurse',
      password: strongPassword,
    });
    const leaving = practice.connect('ws-leaving');
    await leaving.must('auth.login', { username: 'leaving', password: strongPassword });
    const user = (await admin.must('users.list', {})).find((u) => u.username === 'leaving')!;
    await admin.must('users.setActive', { userId: user.id, active: false });
    expect(await leaving.raw('patients.search', { query: 'lopez' })).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    });
    expect(await leaving.raw('auth.login', { username: 'leaving', password: strongPassword })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_CREDENTIALS' },
    });
  });
});
