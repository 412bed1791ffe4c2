import type { OutputOf } from '../../electron/contract/procedures';
import type { ChartroomApp, Connection } from '../../electron/main/bootstrap';
import { routerCaller } from '../../electron/main/services/synthetic/router-caller';
import type { TimedRow } from './report';
import { summarise, timeRuns } from './stats';

/** The chart the write measures use: its own, so notes written by the bench change no chart that is read. */
const writerFamilyName = 'Benchnotes';
const encounterReason = 'Bench: note writing';
const day = 86_400_000;

/** A realistic autosave: a SOAP note of about 2 kB, its first section changing as it is typed. */
const subjective = (run: number) =>
  `Patient reports intermittent headaches for two weeks, worse in the evening, relieved by rest. No visual changes, no nausea. Sleep about six hours a night. Typed at run ${run}. `.repeat(
    6,
  );

type Sections = { title: string; text: string }[];
const typed = (sections: Sections, run: number): Sections =>
  sections.map((section, index) => (index === 0 ? { title: section.title, text: subjective(run) } : section));

/**
 * ARCHITECTURE.md section 9's "save with audit" through the router, as the note editor calls it, on a
 * chart of its own (registered, with one encounter and a draft note, through the API the first time):
 *  - the autosave, `notes.saveDraft`, over the version it was based on: the save staff wait on while
 *    typing. By design it writes no audit row per save (notes.ts), so it is timed beside the two below;
 *  - `notes.create` (a draft from the default template, smart inserts expanded, with its audit row);
 *  - `notes.sign` (content saved and sealed with its hash, with its audit row), a new note each run.
 * Every write is a real IMMEDIATE transaction at synchronous=FULL. The signed notes stay in the cached
 * practice (clinical data is never deleted), on this chart only: a few hundred per bench run.
 */
export const measureNoteSaves = async (
  app: ChartroomApp,
  physician: Connection,
  runs: number,
  signRuns: number,
): Promise<TimedRow[]> => {
  const call = routerCaller(app, physician, 'note bench');
  const sqlite = app.services.vault.store.sqlite;
  const patientId = await writerChart(app, physician);
  const encounterId =
    (
      sqlite
        .prepare('SELECT id FROM encounters WHERE patient_id = ? AND reason = ? AND retired = 0 ORDER BY id LIMIT 1')
        .get(patientId, encounterReason) as { id: number } | undefined
    )?.id ??
    (
      await call('encounters.add', {
        patientId,
        item: {
          date: new Date(Date.now() - 2 * day).toISOString().slice(0, 10),
          providerId: (await call('encounters.providers', {}))[0]?.id,
          type: 'office-visit',
          reason: encounterReason,
        },
      })
    ).id;
  const template = (await call('noteTemplates.list', {})).find((t) => t.isDefault && t.active);
  if (!template) throw new Error('note bench: the practice has no default note template');
  const draftId =
    (
      sqlite
        .prepare("SELECT id FROM notes WHERE encounter_id = ? AND status = 'draft' AND retired = 0 ORDER BY id LIMIT 1")
        .get(encounterId) as { id: number } | undefined
    )?.id ?? (await call('notes.create', { patientId, encounterId, templateId: template.id })).id;

  const draft = await call('notes.get', { patientId, noteId: draftId });
  let version = draft.version;
  const autosave = await timeRuns(runs, async (i) => {
    const saved = await call('notes.saveDraft', {
      patientId,
      noteId: draftId,
      expectedVersion: version,
      sections: typed(draft.sections, i),
    });
    version = saved.version;
  });

  const created: number[] = [];
  const signed: number[] = [];
  const warmup = Math.min(3, signRuns);
  for (let i = 0; i < warmup + signRuns; i++) {
    let started = performance.now();
    const note = await call('notes.create', { patientId, encounterId, templateId: template.id });
    const createMs = performance.now() - started;
    started = performance.now();
    await call('notes.sign', {
      patientId,
      noteId: note.id,
      expectedVersion: note.version,
      sections: typed(note.sections, i),
    });
    const signMs = performance.now() - started;
    if (i >= warmup) {
      created.push(createMs);
      signed.push(signMs);
    }
  }
  return [
    {
      measure: 'note autosave (notes.saveDraft, router)',
      summary: summarise(autosave),
      budget: 'save-with-audit',
      note: 'no audit row per autosave, by design',
    },
    {
      measure: 'note create with its audit row (notes.create, router)',
      summary: summarise(created),
      budget: 'save-with-audit',
    },
    {
      measure: 'note sign with its audit row (notes.sign, router)',
      summary: summarise(signed),
      budget: 'save-with-audit',
    },
  ];
};

/** The writer chart: found by its family name, or registered through the router the first time. */
const writerChart = async (app: ChartroomApp, physician: Connection): Promise<number> => {
  const existing = app.services.vault.store.sqlite
    .prepare('SELECT id FROM patients WHERE legal_family_name = ? ORDER BY id LIMIT 1')
    .get(writerFamilyName) as { id: number } | undefined;
  if (existing) return existing.id;
  const registered = await app.call(physician, 'patients.register', {
    patient: {
      legalGivenName: 'Note',
      legalFamilyName: writerFamilyName,
      birthDate: '1968-02-09',
      sex: 'male',
      address: { line1: '3 Bench Row', city: 'Springfield', state: 'IL', postalCode: '62701' },
      mobilePhone: '(217) 555-0102',
      emergencyContact: {},
      insurance: null,
    },
    duplicateOverride: { reason: 'bench chart for note writing' },
  });
  const outcome = registered.ok ? (registered.value as OutputOf<'patients.register'>) : null;
  if (outcome?.status !== 'registered') throw new Error('note bench: registering the writer chart failed');
  return outcome.patient.id;
};
