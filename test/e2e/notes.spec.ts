import type { Locator, Page } from '@playwright/test';
import { localDate, patientInput, staffPasswords } from '../helpers/practice';
import { hypertension, lisinopril, penicillinAllergy } from '../helpers/realistic-chart';
import { expect, type PreviewPractice, screenshot, test } from './fixtures';
import { apiCaller, type Patient, registerPatients } from './support/api';
import { lockHeading, loginHeading, openChartSection, openFinder, patientBanner, unlockWith } from './support/ui';

/**
 * Issue 4, encounters and notes: a physician writes a SOAP note whose smart inserts pull in the chart,
 * reloads the page mid-note and finds the draft exactly as typed, signs it, is refused an edit, and
 * adds an addendum that appears under the signed original.
 */
/** The chart the note draws on, recorded by a nurse through the same API the chart panels use. */
const seedChart = async (practice: PreviewPractice, patientId: number) => {
  const nurse = await apiCaller(practice, 'nurse');
  await nurse.must('vitals.add', {
    patientId,
    item: {
      takenAt: new Date(Date.now() - 10 * 60_000).toISOString(),
      systolic: 142,
      diastolic: 91,
      heartRate: 88,
      temperature: 100.4,
      temperatureUnit: 'F',
      spo2: 97,
      lengthUnit: 'in',
      massUnit: 'lb',
    },
  });
  await nurse.must('medications.add', { patientId, item: lisinopril });
  await nurse.must('allergies.add', { patientId, allergy: penicillinAllergy });
  await nurse.must('problems.add', { patientId, item: hypertension });
  await nurse.must('auth.logout', {});
};

const openChart = async (page: Page, patient: Patient, name: string) => {
  const { dialog, input } = await openFinder(page);
  await input.fill(patient.mrn);
  await expect(dialog.getByRole('option').filter({ hasText: name })).toBeVisible();
  await input.press('Enter');
  await expect(patientBanner(page).getByRole('heading', { level: 1 })).toHaveText(name);
};

/** Calls the API from the page's own connection, as the renderer's preview transport does. */
const callFromPage = (page: Page, name: string, input: unknown) =>
  page.evaluate(
    async ({ name, input }) => {
      const response = await fetch('/api/call', {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${sessionStorage.getItem('chartroom.preview.token')}`,
          'x-chartroom-connection': sessionStorage.getItem('chartroom.preview.connection') ?? '',
        },
        body: JSON.stringify({ name, input }),
      });
      return (await response.json()) as { ok: boolean; error?: { code: string; message: string } };
    },
    { name, input },
  );

const savedStatus = (panel: Locator) => panel.getByRole('status').filter({ hasText: /Saved \d\d:\d\d:\d\d/ });

test('a physician writes a SOAP note with smart inserts, reloads mid-note, signs, is refused an edit and adds an addendum', async ({
  page,
  practice,
}) => {
  await practice.seed();
  const [ann] = await registerPatients(practice, [
    patientInput({ legalGivenName: 'Ann', legalFamilyName: 'Elliot', birthDate: '1961-09-14', sex: 'female' }),
  ]);
  await seedChart(practice, ann!.id);
  const physician = staffPasswords.physician;

  await practice.signIn(page, 'physician');
  await openChart(page, ann!, 'Elliot, Ann');
  await openChartSection(page, 'Encounters & notes');
  const panel = page.getByRole('region', { name: 'Encounters & notes' });
  await expect(panel.getByText('No encounters recorded.')).toBeVisible();

  // A new encounter: today, this physician, an office visit.
  await panel.getByRole('button', { name: 'New encounter' }).click();
  const form = page.getByRole('form', { name: 'New encounter' });
  await expect(form.getByLabel('Date')).toHaveValue(localDate());
  await expect(form.getByRole('combobox', { name: 'Provider' })).toHaveValue(physician.fullName);
  await expect(form.getByRole('combobox', { name: 'Type' })).toHaveValue('Office visit');
  await form.getByLabel('Reason for the visit').fill('Fever and cough for three days');
  await screenshot(page, 'notes-1-new-encounter');
  await form.getByRole('button', { name: 'Create encounter' }).click();
  await expect(form).toBeHidden();
  const encounter = panel.getByRole('listitem', { name: `Office visit ${localDate()}` });
  await expect(encounter).toContainText('Fever and cough for three days');

  // A note from the SOAP template: the chart's vitals, medications, allergy and problem are in it.
  await encounter.getByRole('button', { name: `New note for Office visit ${localDate()}` }).click();
  const newNote = page.getByRole('dialog', { name: /New note/ });
  await expect(newNote.getByRole('radio', { name: /SOAP/ })).toBeChecked();
  await newNote.getByRole('button', { name: 'Start note' }).click();
  await expect(newNote).toBeHidden();
  const objective = panel.getByRole('textbox', { name: 'Objective' });
  await expect(objective).toHaveValue(/BP 142\/91, HR 88, Temp 100\.4 °F, SpO2 97%/);
  await expect(panel.getByRole('textbox', { name: 'Assessment' })).toHaveValue(
    /- I10 Essential \(primary\) hypertension/,
  );
  const plan = panel.getByRole('textbox', { name: 'Plan' });
  await expect(plan).toHaveValue(/- Lisinopril 10 mg, 1 tablet oral once daily/);
  await expect(plan).toHaveValue(/- Penicillin \(Hives, severe\)/);
  await screenshot(page, 'notes-2-smart-inserts');

  // Typing is saved within about a second, with the time it was saved.
  const subjective = panel.getByRole('textbox', { name: 'Subjective' });
  const typed =
    'Chief complaint: fever and dry cough.\nHistory of present illness: 3 days, worse at night; no dyspnoea.\n\tNo sick contacts <b>not bold</b>.';
  await subjective.fill(typed);
  await expect(savedStatus(panel)).toBeVisible();
  await screenshot(page, 'notes-3-saved');

  // The page is reloaded mid-note: the draft comes back exactly as typed.
  await page.reload();
  if (await loginHeading(page).isVisible()) {
    await page.getByLabel('Username').fill(physician.username);
    await page.getByLabel('Password', { exact: true }).fill(physician.password);
    await page.getByRole('button', { name: /sign in/i }).click();
  }
  await expect(page.getByText(physician.fullName).first()).toBeVisible();
  await openChart(page, ann!, 'Elliot, Ann');
  await openChartSection(page, 'Encounters & notes');
  await expect(encounter.getByText('Draft')).toBeVisible();
  await encounter.getByRole('button', { name: `Open SOAP note of Office visit ${localDate()}` }).click();
  await expect(subjective).toHaveValue(typed);
  await expect(page.getByText('not bold', { exact: false }).locator('b')).toHaveCount(0);
  await screenshot(page, 'notes-4-after-reload');

  // The assessment is written, then the physician signs what is on screen.
  const assessment = panel.getByRole('textbox', { name: 'Assessment' });
  await assessment.fill(`${await assessment.inputValue()}Acute bronchitis, likely viral.`);
  await panel.getByRole('button', { name: 'Sign note' }).click();
  const confirm = page.getByRole('dialog', { name: 'Sign this note?' });
  await confirm.getByRole('button', { name: 'Sign', exact: true }).click();
  await expect(confirm).toBeHidden();
  await expect(panel.getByText('Signature verified')).toBeVisible();
  await expect(panel.getByText(`Electronically signed by ${physician.fullName}`)).toBeVisible();
  await expect(panel.getByRole('region', { name: 'Assessment' })).toContainText('Acute bronchitis, likely viral.');
  await expect(panel.getByRole('textbox', { name: 'Subjective' })).toHaveCount(0);
  await screenshot(page, 'notes-5-signed');

  // An edit after signing is refused by the server with the reason.
  const noteId = (
    practice.app.services.vault.store.sqlite.prepare('SELECT id, version FROM notes').get() as {
      id: number;
      version: number;
    }
  ).id;
  const signedVersion = (
    practice.app.services.vault.store.sqlite.prepare('SELECT version FROM notes WHERE id = ?').get(noteId) as {
      version: number;
    }
  ).version;
  const edit = await callFromPage(page, 'notes.saveDraft', {
    patientId: ann!.id,
    noteId,
    expectedVersion: signedVersion,
    sections: ['Subjective', 'Objective', 'Assessment', 'Plan'].map((title) => ({ title, text: 'changed' })),
  });
  expect(edit).toEqual({
    ok: false,
    error: { code: 'CONFLICT', message: 'This note is signed; add an addendum to correct or add to it.' },
  });

  // An addendum is added, and appears under the original.
  await panel.getByRole('button', { name: 'Add addendum' }).click();
  const addendum = page.getByRole('dialog', { name: 'Add an addendum' });
  await addendum.getByLabel('Addendum').fill('Chest X-ray reviewed: clear.');
  await addendum.getByRole('button', { name: 'Add addendum' }).click();
  await expect(addendum).toBeHidden();
  const addenda = panel.getByRole('list', { name: 'Addenda' });
  await expect(addenda.getByRole('listitem')).toHaveCount(1);
  await expect(addenda).toContainText(`Addendum by ${physician.fullName}`);
  await expect(addenda).toContainText('Chest X-ray reviewed: clear.');
  await expect(panel.getByRole('region', { name: 'Assessment' })).toContainText('Acute bronchitis, likely viral.');
  await screenshot(page, 'notes-6-addendum');

  // Back on the timeline: the note is signed, with its addendum counted.
  await panel.getByRole('button', { name: 'Back to encounters' }).click();
  await expect(encounter).toContainText(`signed by ${physician.fullName}`);
  await expect(encounter).toContainText('1 addendum');
  await screenshot(page, 'notes-7-timeline');
});

test('a physician edits a template in Settings, placing a smart insert with a button', async ({ page, practice }) => {
  await practice.seed();
  await practice.signIn(page, 'physician');
  await page.getByRole('button', { name: 'Administration' }).click();
  await page.getByRole('menuitem', { name: 'Note templates' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Note templates' })).toBeVisible();
  await page.getByRole('button', { name: 'New template' }).click();
  const editor = page.getByRole('dialog', { name: 'New template' });
  await editor.getByLabel('Template name').fill('Telephone call');
  const section = editor.getByRole('listitem', { name: 'Note' });
  await section.getByLabel('Section title').fill('Call');
  const call = editor.getByRole('listitem', { name: 'Call' });
  await call.getByLabel('Starting text').fill('Caller: \nCurrent medications: ');
  await call.getByRole('button', { name: 'Insert active medications into Call' }).click();
  await expect(call.getByLabel('Starting text')).toHaveValue('Caller: \nCurrent medications: {{medications}}');
  await screenshot(page, 'notes-8-template-editor');
  await editor.getByRole('button', { name: 'Save template' }).click();
  await expect(editor).toBeHidden();
  const row = page
    .getByRole('table', { name: 'Note templates' })
    .getByRole('row')
    .filter({ hasText: 'Telephone call' });
  await expect(row).toContainText('In use');
  await screenshot(page, 'notes-9-templates');
});

test('a nurse drafts a note, locks the screen mid-sentence, finds it exactly as typed, and sends it for co-signature', async ({
  page,
  practice,
}) => {
  await practice.seed();
  const [ann] = await registerPatients(practice, [
    patientInput({ legalGivenName: 'Ann', legalFamilyName: 'Elliot', birthDate: '1961-09-14', sex: 'female' }),
  ]);
  const doctor = await apiCaller(practice, 'physician');
  const [provider] = await doctor.must('encounters.providers', {});
  await doctor.must('encounters.add', {
    patientId: ann!.id,
    item: { date: localDate(), providerId: provider!.id, type: 'telephone', reason: 'Refill request' },
  });
  await doctor.must('auth.logout', {});
  const nurse = staffPasswords.nurse;

  await practice.signIn(page, 'nurse');
  await openChart(page, ann!, 'Elliot, Ann');
  await openChartSection(page, 'Encounters & notes');
  const panel = page.getByRole('region', { name: 'Encounters & notes' });
  const encounter = panel.getByRole('listitem', { name: `Telephone ${localDate()}` });
  await encounter.getByRole('button', { name: `New note for Telephone ${localDate()}` }).click();
  await page
    .getByRole('dialog', { name: /New note/ })
    .getByRole('button', { name: 'Start note' })
    .click();
  const subjective = panel.getByRole('textbox', { name: 'Subjective' });
  // Nurses draft; they do not sign.
  await expect(panel.getByRole('button', { name: 'Send for co-signature' })).toBeVisible();
  await expect(panel.getByRole('button', { name: 'Sign note' })).toHaveCount(0);

  // Typed and locked at once, before the autosave's next tick: the lock saves it first.
  const typed = 'Patient asks for a lisinopril refill; no side effects. BP at home 130s/80s.';
  await subjective.fill(typed);
  await page.getByRole('button', { name: 'Lock' }).click();
  await expect(lockHeading(page)).toBeVisible();
  await expect(page.getByText('lisinopril refill')).toHaveCount(0);
  const stored = practice.app.services.vault.store.sqlite.prepare('SELECT sections FROM notes').get() as {
    sections: string;
  };
  expect(JSON.parse(stored.sections)[0]).toEqual({ title: 'Subjective', text: typed });

  // Unlocked: the same note is open again, exactly as typed.
  await unlockWith(page, nurse.password);
  await expect(subjective).toHaveValue(typed);
  await screenshot(page, 'notes-10-after-lock');

  // Sent to the physician, who alone can co-sign it.
  await panel.getByRole('button', { name: 'Send for co-signature' }).click();
  const send = page.getByRole('dialog', { name: 'Send for co-signature' });
  await send.getByRole('combobox', { name: 'Co-signer' }).click();
  await page.getByRole('option', { name: staffPasswords.physician.fullName }).click();
  await send.getByRole('button', { name: 'Send for co-signature' }).click();
  await expect(send).toBeHidden();
  await expect(panel.getByText(`Sent to ${staffPasswords.physician.fullName} for co-signature`)).toBeVisible();
  await screenshot(page, 'notes-11-awaiting-cosign');
  await panel.getByRole('button', { name: 'Back to encounters' }).click();
  await expect(encounter).toContainText(`waiting for ${staffPasswords.physician.fullName}`);
});
