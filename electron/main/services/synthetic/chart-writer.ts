import { createHash } from 'node:crypto';
import { type ChartStore, repositories, type schema } from '../../../../db';
import type { AuditAction } from '../../../contract/audit';
import { computeFlag, labNumericValue, parseReferenceRange } from '../../../contract/lab-ranges';
import type { PatientFields } from '../../../contract/patients';
import { vitalKeys, vitalsColumns } from '../../../contract/vitals';
import { documentAuditDetail } from '../chart/documents';
import { immunizationAuditDetail } from '../chart/immunizations';
import { labAuditDetail } from '../chart/labs';
import { medicationAuditDetail } from '../chart/medications';
import { hashNote } from '../chart/note-hash';
import { noteCreateAuditDetail } from '../chart/notes';
import { chartChangeRows } from '../chart/versions';
import type { Actor } from '../context';
import { insertNewPatientId } from '../patients/service';
import { type PlannedAppointment, writeAppointments } from './appointment-writer';
import type { Change, ChartPlan, PlannedImmunization, StaffRef } from './chart-plan';

/**
 * Stores one synthetic patient through the repositories, with the rows the services would have
 * written along the way: every chart item with its version rows (created, edited, retired, each
 * with its author and time), notes born as drafts and then signed with the note service's own hash,
 * appointments with their event trail, and an audit row for every action, in the caller's
 * transaction. Nothing here decides what happened: chart-plan.ts did.
 */
export type StaffMember = Actor & { fullName: string };
export interface SyntheticStaff {
  physicians: readonly StaffMember[];
  nurses: readonly StaffMember[];
  frontDesk: StaffMember;
}

export interface SyntheticPatientRecord {
  fields: PatientFields;
  registeredAt: string;
  /** The registration note; the benchmark charts are marked here. */
  registrationNote: string;
  plan: ChartPlan;
  immunizations: readonly PlannedImmunization[];
  appointments: readonly PlannedAppointment[];
}

type VersionRow = typeof schema.chartItemVersions.$inferInsert;

/**
 * Version and audit rows of a batch of patients, written together when the batch ends: one read of
 * the audit chain's end per batch instead of per patient. Each patient's audit rows stay in the order
 * things happened to their chart.
 */
export class PendingRows {
  readonly versions: VersionRow[] = [];
  readonly audits: repositories.audit.AuditEntry[] = [];

  flush(store: ChartStore): void {
    repositories.chartVersions.recordVersions(store.db, this.versions);
    repositories.audit.appendAuditBatch(store.db, this.audits);
    this.versions.length = 0;
    this.audits.length = 0;
  }
}

type Kind = VersionRow['kind'];

export const writeSyntheticPatient = (
  store: ChartStore,
  staff: SyntheticStaff,
  template: { id: number; name: string },
  record: SyntheticPatientRecord,
  pending: PendingRows,
): number => {
  const db = store.db;
  const actorOf = (ref: StaffRef): StaffMember =>
    ref.role === 'physician'
      ? staff.physicians[ref.index]!
      : ref.role === 'nurse'
        ? staff.nurses[ref.index]!
        : staff.frontDesk;
  const audits: { at: string; entry: repositories.audit.AuditEntry }[] = [];
  const versions = pending.versions;

  const patientId = insertNewPatientId(
    store,
    staff.frontDesk,
    record.fields,
    record.registrationNote,
    record.registeredAt,
  );

  const audit = (at: string, by: Actor, action: AuditAction, entity: string, entityId: number, detail = '') =>
    audits.push({
      at,
      entry: {
        userId: by.userId,
        username: by.username,
        action,
        outcome: 'success',
        patientId,
        workstation: by.workstation,
        entity,
        entityId: String(entityId),
        detail,
      },
    });
  audit(record.registeredAt, staff.frontDesk, 'patient.register', 'patient', patientId);

  /** The version rows and audit rows of one item's life, as recordChartChange writes them (chartChangeRows). */
  const history = (
    kind: Kind,
    itemId: number,
    actions: { add: AuditAction; update: AuditAction; retire: AuditAction },
    created: { change: Change; snapshot: Record<string, unknown>; detail: string },
    later: readonly { change: Change; snapshot: Record<string, unknown>; retireReason?: string }[],
  ) => {
    const steps = [{ change: created.change, snapshot: created.snapshot, retireReason: undefined }, ...later];
    steps.forEach((step, index) => {
      const retired = step.retireReason !== undefined;
      const rows = chartChangeRows(actorOf(step.change.by), {
        kind,
        itemId,
        patientId,
        version: index + 1,
        action: index === 0 ? 'created' : retired ? 'retired' : 'edited',
        at: step.change.at,
        snapshot: step.snapshot,
        reason: step.retireReason,
        audit: index === 0 ? actions.add : retired ? actions.retire : actions.update,
        detail: index === 0 ? created.detail : undefined,
      });
      versions.push(rows.version);
      audits.push({ at: step.change.at, entry: rows.audit });
    });
    return steps.at(-1)!.change.at;
  };
  const bookkeeping = (created: string, updated: string, version: number) => ({
    patientId,
    version,
    createdAt: created,
    updatedAt: updated,
  });

  // Encounters, then their notes: born as drafts, then signed with the note service's hash.
  const { plan } = record;
  const encounterIds = repositories.encounters.items.insertMany(
    db,
    plan.encounters.map(({ visit, created }) => ({
      ...bookkeeping(created.at, created.at, 1),
      date: visit.date,
      providerId: staff.physicians[visit.physician]!.userId,
      type: visit.type,
      reason: visit.purpose,
    })),
  );
  plan.encounters.forEach(({ visit, created }, index) => {
    const columns = {
      date: visit.date,
      providerId: staff.physicians[visit.physician]!.userId,
      type: visit.type,
      reason: visit.purpose,
    };
    history(
      'encounter',
      encounterIds[index]!,
      { add: 'encounter.add', update: 'encounter.update', retire: 'encounter.retire' },
      { change: created, snapshot: columns, detail: `${visit.type} ${visit.date}` },
      [],
    );
  });
  const noteIds = repositories.notes.insertNotes(
    db,
    plan.encounters.map(({ visit, note }, index) => ({
      encounterId: encounterIds[index]!,
      patientId,
      templateName: template.name,
      sections: JSON.stringify(note.sections),
      status: 'draft' as const,
      authorId: staff.physicians[visit.physician]!.userId,
      createdAt: note.createdAt,
      updatedAt: note.createdAt,
    })),
  );
  repositories.notes.sealNotes(
    db,
    plan.encounters.map(({ visit, note }, index) => {
      const signer = staff.physicians[visit.physician]!;
      const contentHash = hashNote({
        noteId: noteIds[index]!,
        patientId,
        encounterId: encounterIds[index]!,
        sections: note.sections,
        signedBy: signer.userId,
        signedAt: note.signedAt,
      });
      audit(
        note.createdAt,
        signer,
        'note.create',
        'note',
        noteIds[index]!,
        noteCreateAuditDetail(encounterIds[index]!, template.id),
      );
      audit(note.signedAt, signer, 'note.sign', 'note', noteIds[index]!, contentHash);
      return { id: noteIds[index]!, expectedVersion: 1, signedBy: signer.userId, signedAt: note.signedAt, contentHash };
    }),
  );

  // Problems: added, resolved later, a few retired as entered in error.
  const problemIds = repositories.problems.items.insertMany(
    db,
    plan.problems.map((problem) => {
      const changes = 1 + (problem.resolved ? 1 : 0) + (problem.retired ? 1 : 0);
      return {
        ...bookkeeping(problem.created.at, (problem.retired ?? problem.resolved ?? problem.created).at, changes),
        ...problem.columns,
        clinicalStatus: problem.resolved ? ('resolved' as const) : ('active' as const),
        retired: problem.retired !== null,
        retiredReason: problem.retired?.reason ?? '',
      };
    }),
  );
  plan.problems.forEach((problem, index) => {
    const resolved = { ...problem.columns, clinicalStatus: 'resolved' as const };
    history(
      'problem',
      problemIds[index]!,
      { add: 'problem.add', update: 'problem.update', retire: 'problem.retire' },
      { change: problem.created, snapshot: problem.columns, detail: problem.columns.code },
      [
        ...(problem.resolved ? [{ change: problem.resolved, snapshot: resolved }] : []),
        ...(problem.retired
          ? [
              {
                change: problem.retired,
                snapshot: problem.resolved ? resolved : problem.columns,
                retireReason: problem.retired.reason,
              },
            ]
          : []),
      ],
    );
  });

  // Medications: started, then stopped or completed, or retired as a duplicate entry.
  const medicationColumns = plan.medications.map((medication) =>
    medication.stopped
      ? {
          ...medication.columns,
          status: medication.stopped.status,
          stopDate: medication.stopped.stopDate,
          comment: medication.stopped.comment,
        }
      : medication.columns,
  );
  const medicationIds = repositories.medications.items.insertMany(
    db,
    plan.medications.map((medication, index) => ({
      ...bookkeeping(
        medication.created.at,
        (medication.retired ?? medication.stopped ?? medication.created).at,
        1 + (medication.stopped ? 1 : 0) + (medication.retired ? 1 : 0),
      ),
      ...medicationColumns[index]!,
      retired: medication.retired !== null,
      retiredReason: medication.retired?.reason ?? '',
    })),
  );
  plan.medications.forEach((medication, index) => {
    history(
      'medication',
      medicationIds[index]!,
      { add: 'medication.add', update: 'medication.update', retire: 'medication.retire' },
      {
        change: medication.created,
        snapshot: medication.columns,
        detail: medicationAuditDetail(medication.columns),
      },
      [
        ...(medication.stopped ? [{ change: medication.stopped, snapshot: medicationColumns[index]! }] : []),
        ...(medication.retired
          ? [
              {
                change: medication.retired,
                snapshot: medicationColumns[index]!,
                retireReason: medication.retired.reason,
              },
            ]
          : []),
      ],
    );
  });

  // Allergies, or the "no known allergies" statement, taken at the first visit.
  const allergyIds = repositories.allergies.insertAllergies(
    db,
    plan.allergies.map(({ fields, created }) => ({
      patientId,
      version: 1,
      ...fields,
      status: 'active' as const,
      createdAt: created.at,
      updatedAt: created.at,
    })),
  );
  plan.allergies.forEach(({ fields, created }, index) => {
    history(
      'allergy',
      allergyIds[index]!,
      { add: 'allergy.add', update: 'allergy.update', retire: 'allergy.retire' },
      { change: created, snapshot: { ...fields }, detail: `${fields.category}; ${fields.severity}` },
      [],
    );
  });
  if (plan.noKnownAllergies) {
    const by = actorOf(plan.noKnownAllergies.by);
    repositories.allergies.startReview(db, {
      patientId,
      state: 'no-known-allergies',
      at: plan.noKnownAllergies.at,
      userId: by.userId,
    });
    audit(plan.noKnownAllergies.at, by, 'allergy.no-known', 'patient', patientId);
  }

  // Immunizations.
  const immunizationColumns = record.immunizations.map(({ columns, vaccineName }) => ({
    kind: columns.kind,
    cvx: columns.cvx,
    vaccine: vaccineName,
    date: columns.date,
    lot: columns.lot,
    expiry: columns.expiry,
    manufacturer: columns.manufacturer,
    site: columns.site,
    route: columns.route,
    dose: columns.dose,
    administeredBy: columns.administeredBy,
    visDate: columns.visDate,
    refusalReason: columns.refusalReason,
    comment: columns.comment,
  }));
  const immunizationIds = repositories.immunizations.items.insertMany(
    db,
    record.immunizations.map(({ created }, index) => ({
      ...bookkeeping(created.at, created.at, 1),
      ...immunizationColumns[index]!,
    })),
  );
  record.immunizations.forEach(({ created }, index) => {
    const columns = immunizationColumns[index]!;
    history(
      'immunization',
      immunizationIds[index]!,
      { add: 'immunization.add', update: 'immunization.update', retire: 'immunization.retire' },
      { change: created, snapshot: columns, detail: immunizationAuditDetail(columns) },
      [],
    );
  });

  // Vitals, stored in their one unit each through the contract's conversion.
  const vitalsRows = plan.vitals.map(({ fields }) => vitalsColumns(fields));
  const vitalsIds = repositories.vitals.items.insertMany(
    db,
    plan.vitals.map((set, index) => ({
      ...bookkeeping(set.created.at, (set.retired ?? set.created).at, set.retired ? 2 : 1),
      ...vitalsRows[index]!,
      retired: set.retired !== null,
      retiredReason: set.retired?.reason ?? '',
    })),
  );
  plan.vitals.forEach((set, index) => {
    const columns = vitalsRows[index]!;
    history(
      'vitals',
      vitalsIds[index]!,
      { add: 'vitals.add', update: 'vitals.update', retire: 'vitals.retire' },
      { change: set.created, snapshot: columns, detail: vitalKeys.filter((key) => columns[key] != null).join(',') },
      set.retired ? [{ change: set.retired, snapshot: columns, retireReason: set.retired.reason }] : [],
    );
  });

  // Lab panels and their results, flagged against the lab's range as the lab service flags them.
  const panelColumns = plan.labs.map((lab) => ({
    name: lab.name,
    collectedAt: lab.collectedAt,
    orderingProvider: lab.orderingProvider,
    performingLab: lab.performingLab,
    comment: '',
    source: 'manual' as const,
    messageControlId: '',
    accession: '',
  }));
  const panelIds = repositories.labs.panels.insertMany(
    db,
    plan.labs.map((lab, index) => ({ ...bookkeeping(lab.created.at, lab.created.at, 1), ...panelColumns[index]! })),
  );
  repositories.labs.appendObservations(
    db,
    plan.labs.flatMap((lab, index) =>
      lab.results.map((result, position) => {
        const range = parseReferenceRange(result.referenceRange);
        return {
          panelId: panelIds[index]!,
          panelVersion: 1,
          patientId,
          position,
          loinc: '',
          analyte: result.analyte,
          value: result.value,
          numericValue: labNumericValue(result.value),
          unit: result.unit,
          referenceLow: range.low,
          referenceHigh: range.high,
          referenceText: result.referenceRange,
          flag: computeFlag(result.value, result.referenceRange),
          observedAt: lab.collectedAt,
          comment: '',
        };
      }),
    ),
  );
  plan.labs.forEach((lab, index) => {
    history(
      'lab-panel',
      panelIds[index]!,
      { add: 'lab.add', update: 'lab.update', retire: 'lab.retire' },
      { change: lab.created, snapshot: panelColumns[index]!, detail: labAuditDetail(panelColumns[index]!) },
      [],
    );
  });

  // Documents: the file kept inside the store beside its chart item.
  for (const document of plan.documents) {
    const columns = {
      title: document.title,
      category: document.category,
      documentDate: document.documentDate,
      comment: document.comment,
      fileName: document.fileName,
      mediaType: 'application/pdf' as const,
      byteSize: document.content.length,
      sha256: createHash('sha256').update(document.content).digest('hex'),
    };
    const [documentId] = repositories.documents.items.insertMany(db, [
      { ...bookkeeping(document.created.at, document.created.at, 1), ...columns },
    ]);
    repositories.documents.insertFile(db, documentId!, document.content);
    history(
      'document',
      documentId!,
      { add: 'document.import', update: 'document.update', retire: 'document.retire' },
      { change: document.created, snapshot: columns, detail: documentAuditDetail(columns) },
      [],
    );
  }

  writeAppointments(store, patientId, record.appointments, staff, actorOf, audit);

  // The audit log reads in the order things happened to this chart.
  audits.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  for (const item of audits) pending.audits.push(item.entry);
  return patientId;
};
