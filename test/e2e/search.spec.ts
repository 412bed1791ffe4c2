import type { Locator } from '@playwright/test';
import { patientInput } from '../helpers/practice';
import { expect, screenshot, test } from './fixtures';
import { type Patient, registerPatients } from './support/api';
import { openFinder, openRegistration, patientBanner } from './support/ui';

/** Issue 2 and PRODUCT.md "Keyboard first": Ctrl-K finds a patient from anywhere, however the front desk types it. */

const people = [
  patientInput({
    legalGivenName: 'John',
    legalFamilyName: 'Smith',
    birthDate: '1980-03-04',
    sex: 'male',
    mobilePhone: '(217) 555-0101',
  }),
  patientInput({
    legalGivenName: 'Johanna',
    legalFamilyName: 'Smithers',
    birthDate: '1991-07-22',
    mobilePhone: '(217) 555-0102',
  }),
  patientInput({
    legalGivenName: 'María José',
    legalFamilyName: 'Núñez',
    birthDate: '1980-03-04',
    mobilePhone: '(217) 555-0103',
  }),
  patientInput({
    legalGivenName: 'Mary',
    legalFamilyName: 'Johnson',
    birthDate: '1965-11-30',
    mobilePhone: '(217) 555-0104',
  }),
  patientInput({
    legalGivenName: 'Wei',
    legalFamilyName: 'Chen',
    birthDate: '2001-12-05',
    sex: 'male',
    mobilePhone: '(312) 555-0199',
  }),
  patientInput({
    legalGivenName: 'Oliver',
    legalFamilyName: "O'Brien",
    birthDate: '1948-01-09',
    sex: 'male',
    mobilePhone: '(217) 555-0106',
  }),
];

/** The finder's listbox rows, by the name they show ("Family, Given"). */
const rowsOf = (dialog: Locator) => dialog.getByRole('listbox', { name: 'Matching patients' }).getByRole('option');

const listName = (patient: Patient) => `${patient.legalFamilyName}, ${patient.legalGivenName}`;

/**
 * Types a query and waits until the list answers that query (not the one before it, which may read the
 * same), then checks how the query was read and how many patients match.
 */
const searchFor = async (dialog: Locator, input: Locator, query: string, interpretation: RegExp, count: number) => {
  await input.fill(query);
  await expect(dialog.getByRole('listbox', { name: 'Matching patients' })).toHaveAttribute('aria-busy', 'false');
  await expect(dialog.getByLabel('Searching')).toHaveCount(0);
  await expect(dialog.getByText(/^Searching for /)).toContainText(interpretation);
  await expect(dialog.getByText(count === 1 ? '1 patient matches.' : `${count} patients match.`)).toBeVisible();
  await expect(rowsOf(dialog)).toHaveCount(count);
};

test('Ctrl-K finds patients by name, accents, any date form, MRN and phone; arrows and Enter open the chart', async ({
  page,
  practice,
}) => {
  await practice.seed();
  const [smith, smithers, nunez, , chen] = await registerPatients(practice, people);
  await practice.signIn(page, 'front_desk');

  // From the home page.
  let { dialog, input } = await openFinder(page);

  // Name fragments, in either order.
  await searchFor(dialog, input, 'smi joh', /name starting with "smi" and "joh"/, 2);
  await expect(rowsOf(dialog).filter({ hasText: listName(smith!) })).toContainText(smith!.mrn);
  await expect(rowsOf(dialog).filter({ hasText: listName(smithers!) })).toContainText(smithers!.mrn);
  await screenshot(page, 'search-name-fragments');
  await searchFor(dialog, input, 'joh smi', /name starting with "joh" and "smi"/, 2);

  // Accents do not matter either way.
  await searchFor(dialog, input, 'nunez', /name starting with "nunez"/, 1);
  await expect(rowsOf(dialog)).toContainText(['Núñez, María José']);
  await searchFor(dialog, input, 'maria jose núñez', /"maria" and "jose" and "nunez"/, 1);
  await screenshot(page, 'search-accents');

  // Every common way of writing 4 March 1980 finds the two patients born that day, and says how it was read.
  for (const typed of ['03/04/1980', '3/4/80', '1980-03-04', '4 Mar 1980', 'March 4, 1980']) {
    await searchFor(dialog, input, typed, /born (March 4, 1980|4 March 1980)/, 2);
    await expect(rowsOf(dialog).filter({ hasText: listName(smith!) })).toContainText('04 Mar 1980');
    await expect(rowsOf(dialog).filter({ hasText: 'Núñez, María José' })).toContainText('04 Mar 1980');
  }
  await screenshot(page, 'search-date-of-birth');
  // A name and a date together narrow it to one.
  await searchFor(dialog, input, 'smith 3/4/80', /name starting with "smith", born/, 1);
  await expect(rowsOf(dialog)).toContainText([listName(smith!)]);

  // MRN and phone digits.
  await searchFor(dialog, input, nunez!.mrn, new RegExp(`MRN or phone ${nunez!.mrn}`), 1);
  await expect(rowsOf(dialog)).toContainText(['Núñez, María José']);
  await searchFor(dialog, input, '3125550199', /MRN or phone 3125550199/, 1);
  await expect(rowsOf(dialog)).toContainText([listName(chen!)]);
  await searchFor(dialog, input, '(312) 555-0199', /MRN or phone/, 1);
  await expect(rowsOf(dialog)).toContainText([listName(chen!)]);
  await screenshot(page, 'search-phone');

  // Arrow keys move the active row; Enter opens it.
  await searchFor(dialog, input, 'smi joh', /"smi" and "joh"/, 2);
  const rows = rowsOf(dialog);
  await expect(rows.nth(0)).toHaveAttribute('aria-selected', 'true');
  await input.press('ArrowDown');
  await expect(rows.nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(rows.nth(0)).toHaveAttribute('aria-selected', 'false');
  await input.press('ArrowDown');
  await expect(rows.nth(0)).toHaveAttribute('aria-selected', 'true');
  await input.press('ArrowUp');
  await expect(rows.nth(1)).toHaveAttribute('aria-selected', 'true');
  const chosen = ((await rows.nth(1).textContent()) ?? '').includes(listName(smithers!)) ? smithers! : smith!;
  await screenshot(page, 'search-arrow-keys');
  await input.press('Enter');
  await expect(dialog).toBeHidden();
  const banner = patientBanner(page);
  await expect(banner.getByRole('heading', { name: listName(chosen) })).toBeVisible();
  await expect(banner).toContainText(chosen.mrn);

  // From inside an open chart, straight to another patient.
  ({ dialog, input } = await openFinder(page));
  await searchFor(dialog, input, 'chen', /"chen"/, 1);
  await input.press('Enter');
  await expect(banner.getByRole('heading', { name: listName(chen!) })).toBeVisible();

  // And while typing in a form field: the shortcut still works there.
  const form = await openRegistration(page);
  const given = form.getByRole('group', { name: 'Identity' }).getByLabel('Given name (legal)');
  await given.fill('Half-typed');
  await expect(given).toBeFocused();
  ({ dialog, input } = await openFinder(page));
  await expect(input).toHaveValue('');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(given).toHaveValue('Half-typed');
});

test('matches are listed in alphabetical order: Smith before Smithers', async ({ page, practice }) => {
  await practice.seed();
  await registerPatients(practice, [
    people[1]!,
    people[0]!,
    patientInput({
      legalGivenName: 'Jo',
      legalFamilyName: 'Smith',
      birthDate: '1970-01-01',
      mobilePhone: '(217) 555-0107',
    }),
  ]);
  await practice.signIn(page, 'front_desk');
  const { dialog, input } = await openFinder(page);
  // Family name first, then given name, as a paper chart room files them: the finder's first row (what
  // Enter opens) is the closest name, not the longest one that starts the same way.
  await searchFor(dialog, input, 'smith', /name starting with "smith"/, 3);
  const names = (await rowsOf(dialog).allInnerTexts()).map((row) => row.split('\n')[0]!.trim());
  await screenshot(page, 'search-order');
  expect(names).toEqual(['Smith, Jo', 'Smith, John', 'Smithers, Johanna']);
});

test('the finder and the chart record their paint timings for the bench, under fixed names only', async ({
  page,
  practice,
}) => {
  await practice.seed();
  const [smith] = await registerPatients(practice, [people[0]!]);
  await practice.signIn(page, 'physician');
  const measures = () =>
    page.evaluate(async () => {
      // After the next paint, which is when the renderer records its measures.
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve))));
      return performance.getEntriesByType('measure').map(({ name, duration }) => ({ name, duration }));
    });

  // Typed a key at a time, as the bench types: every keystroke is an input event.
  const { dialog, input } = await openFinder(page);
  await input.pressSequentially('smith', { delay: 40 });
  await expect(dialog.getByText('1 patient matches.')).toBeVisible();
  await expect(dialog.getByLabel('Searching')).toHaveCount(0);
  const afterSearch = await measures();
  const searches = afterSearch.filter((m) => m.name === 'search: keystroke to results painted');
  expect(searches.length).toBeGreaterThan(0);
  for (const search of searches) expect(search.duration).toBeGreaterThan(0);

  await input.press('Enter');
  await expect(patientBanner(page).getByRole('heading', { name: listName(smith!) })).toBeVisible();
  // The face sheet's content, not its loading line.
  await expect(
    page.getByRole('tabpanel', { name: 'Face sheet' }).getByRole('region', { name: 'Active problems' }),
  ).toBeVisible();
  const afterOpen = await measures();
  const opens = afterOpen.filter((m) => m.name === 'chart: click to face sheet painted');
  expect(opens).toHaveLength(1);
  expect(opens[0]!.duration).toBeGreaterThan(0);
  await screenshot(page, 'search-paint-timings-face-sheet');

  // Fixed names and no detail: nothing about the patient reaches the timeline (profiles and traces leave the page).
  const timeline = await page.evaluate(() =>
    [...performance.getEntriesByType('mark'), ...performance.getEntriesByType('measure')].map((entry) => ({
      name: entry.name,
      detail: (entry as PerformanceMark).detail,
    })),
  );
  const fixedNames = [
    'search: keystroke',
    'search: keystroke to results painted',
    'chart: open clicked',
    'chart: click to face sheet painted',
  ];
  for (const entry of timeline) {
    expect(fixedNames).toContain(entry.name);
    expect(entry.detail).toBeNull();
  }
});
