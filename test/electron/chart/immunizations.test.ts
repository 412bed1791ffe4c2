import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InputOf } from '../../../electron/contract/procedures';
import {
  type Caller,
  createTestPractice,
  localDate,
  registerChartPair,
  type TestPractice,
} from '../../helpers/practice';
import { fluShotGiven } from '../../helpers/realistic-chart';
import { countRows } from '../../helpers/sentinel';

/** Issue 4, immunizations: CVX-coded doses given here, historical doses, refusals, versions, roles. */

type ImmunizationItem = InputOf<'immunizations.add'>['item'];

const fluShot: ImmunizationItem = { ...fluShotGiven, date: localDate(-1), comment: 'No reaction after 15 minutes' };

describe('immunizations', () => {
  let practice: TestPractice;
  let nurse: Caller;
  let patientId = 0;
  let otherPatientId = 0;
  const sqlite = () => practice.app.services.vault.store.sqlite;
  const count = (table: string) => countRows(sqlite(), table);
  const lastAudit = () =>
    sqlite().prepare('SELECT action, detail, patient_id AS patientId FROM audit_log ORDER BY id DESC LIMIT 1').get();

  beforeAll(async () => {
    practice = await createTestPractice();
    nurse = await practice.signIn('nurse');
    ({ patientId, otherPatientId } = await registerChartPair(nurse));
  });
  afterAll(() => practice.cleanup());

  it('finds vaccines by short name, words or code, current ones first, never a code that names no product', async () => {
    const mmr = await nurse.must('codes.searchCvx', { query: 'mmr' });
    expect(mmr[0]).toEqual({
      code: '03',
      name: 'MMR',
      description: 'measles, mumps and rubella virus vaccine',
      current: true,
    });
    const measles = await nurse.must('codes.searchCvx', { query: 'measles' });
    const firstPast = measles.findIndex((v) => !v.current);
    expect(firstPast).toBeGreaterThan(0);
    expect(measles.slice(firstPast).every((v) => !v.current)).toBe(true);
    expect((await nurse.must('codes.searchCvx', { query: '115' }))[0]?.name).toBe('Tdap');
    expect((await nurse.must('codes.searchCvx', { query: '99' })).map((v) => v.code)).toEqual(['999']);
    expect(await nurse.must('codes.searchCvx', { query: 'no vaccine administered' })).toEqual([]);
    expect(await nurse.must('codes.searchCvx', { query: '' })).toEqual([]);
  });

  it('records a dose given here, a historical dose with vaccine and date only, and a refusal with its reason', async () => {
    const given = await nurse.must('immunizations.add', { patientId, item: fluShot });
    expect(given).toMatchObject({ kind: 'administered', cvx: '150', lot: 'FL2291', site: 'left-deltoid', version: 1 });
    expect(given.vaccine).toMatch(/^Influenza/);
    expect(lastAudit()).toEqual({ action: 'immunization.add', detail: 'CVX 150; administered', patientId });
    // DTP is no longer made, but a patient may well have had it as a child.
    const historical = await nurse.must('immunizations.add', {
      patientId,
      item: { kind: 'historical', cvx: '01', date: '1985-06-01', comment: 'Childhood card' },
    });
    expect(historical).toMatchObject({ vaccine: 'DTP', lot: '', administeredBy: '' });
    const refused = await nurse.must('immunizations.add', {
      patientId,
      item: {
        kind: 'refused',
        cvx: '03',
        date: localDate(),
        refusalReason: 'Parent declined; will reconsider',
        visDate: '2021-08-06',
        lot: 'should not be kept',
        administeredBy: 'Amy Nurse',
      },
    });
    // Nothing was given, so a refusal keeps no lot or giver; the VIS handed over is kept.
    expect(refused).toMatchObject({ refusalReason: 'Parent declined; will reconsider', lot: '', administeredBy: '' });
    expect(refused.visDate).toBe('2021-08-06');
    const list = await nurse.must('immunizations.list', { patientId });
    expect(list.recorded.map((i) => [i.kind, i.date])).toEqual([
      ['refused', localDate()],
      ['administered', localDate(-1)],
      ['historical', '1985-06-01'],
    ]);
  });

  const refusals: { case: string; item: ImmunizationItem; message: RegExp; field: string }[] = [
    {
      case: 'no vaccine',
      item: { kind: 'historical', cvx: '', date: '2020-01-01' },
      message: /^Pick the vaccine from the list\.$/,
      field: 'item.cvx',
    },
    {
      case: 'a vaccine name instead of a code',
      item: { kind: 'historical', cvx: 'MMR', date: '2020-01-01' },
      message: /not a CVX code/,
      field: 'item.cvx',
    },
    {
      case: 'a code not in the CVX list',
      item: { kind: 'historical', cvx: '700', date: '2020-01-01' },
      message: /CVX 700 is not in the vaccine list/,
      field: 'cvx',
    },
    {
      case: 'the reserved code 99',
      item: { kind: 'historical', cvx: '99', date: '2020-01-01' },
      message: /not in the vaccine list/,
      field: 'cvx',
    },
    {
      case: 'a discontinued vaccine given here',
      item: { ...fluShot, cvx: '01' },
      message: /DTP \(CVX 01\) is no longer available in the US.*historical dose/,
      field: 'cvx',
    },
    {
      case: 'no date',
      item: { kind: 'historical', cvx: '03', date: '' },
      message: /^Enter the date\.$/,
      field: 'item.date',
    },
    {
      case: 'a date in the future',
      item: { kind: 'historical', cvx: '03', date: localDate(1) },
      message: /The date is in the future/,
      field: 'item.date',
    },
    {
      case: 'a date that is not a date',
      item: { kind: 'historical', cvx: '03', date: '1985' },
      message: /YYYY-MM-DD/,
      field: 'item.date',
    },
    {
      case: 'a dose given here without a lot',
      item: { ...fluShot, lot: '' },
      message: /Enter the lot number/,
      field: 'item.lot',
    },
    {
      case: 'a dose given here without an expiry',
      item: { ...fluShot, expiry: '' },
      message: /Enter the expiry date/,
      field: 'item.expiry',
    },
    {
      case: 'a dose given here without a manufacturer',
      item: { ...fluShot, manufacturer: '' },
      message: /Enter the manufacturer/,
      field: 'item.manufacturer',
    },
    {
      case: 'a dose given here without who gave it',
      item: { ...fluShot, administeredBy: ' ' },
      message: /Enter who gave the dose/,
      field: 'item.administeredBy',
    },
    {
      case: 'a lot expired on the dose date',
      item: { ...fluShot, date: '2026-02-10', expiry: '2026-01-31' },
      message: /This lot expired on 2026-01-31, before the dose date \(2026-02-10\)/,
      field: 'item.expiry',
    },
    {
      case: 'an expiry that is not a real date',
      item: { ...fluShot, expiry: '2027-02-30' },
      message: /Expiry date is not a real calendar date/,
      field: 'item.expiry',
    },
    {
      case: 'a VIS date in the future',
      item: { ...fluShot, visDate: localDate(3) },
      message: /The VIS date is in the future/,
      field: 'item.visDate',
    },
    {
      case: 'a refusal without a reason',
      item: { kind: 'refused', cvx: '03', date: '2020-01-01' },
      message: /Enter why the vaccine was refused/,
      field: 'item.refusalReason',
    },
    {
      case: 'an unknown kind',
      item: { kind: 'given' as never, cvx: '03', date: '2020-01-01' },
      message: /Pick whether the vaccine was given here/,
      field: 'item.kind',
    },
    {
      case: 'a site not in the list',
      item: { ...fluShot, site: 'arm' as never },
      message: /Pick the site/,
      field: 'item.site',
    },
    {
      case: 'a route not in the list',
      item: { ...fluShot, route: 'IM' as never },
      message: /Pick the route/,
      field: 'item.route',
    },
    {
      case: 'a lot number with a tab',
      item: { ...fluShot, lot: 'FL\t2291' },
      message: /single line/,
      field: 'item.lot',
    },
    {
      case: 'the same vaccine twice on one date',
      item: { kind: 'historical', cvx: '150', date: localDate(-1) },
      message: /is already recorded. Edit that entry instead/,
      field: 'cvx',
    },
  ];

  it.each(refusals)('refuses $case with a clear message, and saves nothing', async ({ item, message, field }) => {
    const before = { rows: count('immunizations'), versions: count('chart_item_versions'), audit: count('audit_log') };
    const result = await nurse.call('immunizations.add', { patientId, item });
    expect(result.ok ? null : { message: result.error.message, field: result.error.field }).toEqual({
      message: expect.stringMatching(message),
      field,
    });
    expect({
      rows: count('immunizations'),
      versions: count('chart_item_versions'),
      audit: count('audit_log'),
    }).toEqual(before);
  });

  it('edits with the version the user saw, and refuses a stale one', async () => {
    const flu = (await nurse.must('immunizations.list', { patientId })).recorded.find((i) => i.cvx === '150')!;
    const edited = await nurse.must('immunizations.update', {
      patientId,
      itemId: flu.id,
      expectedVersion: flu.version,
      item: { ...fluShot, site: 'right-deltoid' },
    });
    expect(edited).toMatchObject({ site: 'right-deltoid', version: 2 });
    const stale = await nurse.call('immunizations.update', {
      patientId,
      itemId: flu.id,
      expectedVersion: flu.version,
      item: { ...fluShot, dose: '0.25 mL' },
    });
    expect(stale.ok ? '' : `${stale.error.code}: ${stale.error.message}`).toMatch(/^CONFLICT: Someone else changed/);
    const history = await nurse.must('immunizations.history', { patientId, itemId: flu.id });
    expect(history.map((v) => v.action)).toEqual(['created', 'edited']);
    expect(history[1]?.changes).toEqual([{ field: 'site', before: 'left-deltoid', after: 'right-deltoid' }]);
  });

  it('refuses writes and reads that name another chart', async () => {
    const flu = (await nurse.must('immunizations.list', { patientId })).recorded.find((i) => i.cvx === '150')!;
    const before = count('chart_item_versions');
    for (const result of [
      await nurse.call('immunizations.update', {
        patientId: otherPatientId,
        itemId: flu.id,
        expectedVersion: flu.version,
        item: fluShot,
      }),
      await nurse.call('immunizations.retire', {
        patientId: otherPatientId,
        itemId: flu.id,
        reason: 'entered in error',
      }),
      await nurse.call('immunizations.history', { patientId: otherPatientId, itemId: flu.id }),
    ]) {
      expect(result.ok ? '' : `${result.error.code}: ${result.error.message}`).toMatch(
        /^BAD_REQUEST: This immunization belongs to another patient's chart; nothing was changed/,
      );
    }
    expect(count('chart_item_versions')).toBe(before);
    expect((await nurse.call('immunizations.list', { patientId: otherPatientId })).ok).toBe(true);
    const missing = await nurse.call('immunizations.add', { patientId: 999_999, item: fluShot });
    expect(missing.ok ? '' : missing.error.code).toBe('NOT_FOUND');
  });

  it('retires with a reason, keeps the history, and never deletes', async () => {
    const dtp = (await nurse.must('immunizations.list', { patientId })).recorded.find((i) => i.cvx === '01')!;
    const noReason = await nurse.call('immunizations.retire', { patientId, itemId: dtp.id, reason: '' });
    expect(noReason.ok ? '' : noReason.error.message).toBe('Enter the reason.');
    await nurse.must('immunizations.retire', { patientId, itemId: dtp.id, reason: 'duplicate entry' });
    expect(lastAudit()).toEqual({ action: 'immunization.retire', detail: 'duplicate entry', patientId });
    const list = await nurse.must('immunizations.list', { patientId });
    expect(list.retired.map((i) => [i.cvx, i.retiredReason])).toEqual([['01', 'duplicate entry']]);
    expect(list.recorded.map((i) => i.cvx)).not.toContain('01');
    // Retired, it no longer blocks recording the same vaccine and date correctly.
    await nurse.must('immunizations.add', { patientId, item: { kind: 'historical', cvx: '01', date: '1985-06-01' } });
    const history = await nurse.must('immunizations.history', { patientId, itemId: dtp.id });
    expect(history.map((v) => [v.action, v.reason])).toEqual([
      ['created', ''],
      ['retired', 'duplicate entry'],
    ]);
    expect(() => sqlite().prepare('DELETE FROM immunizations').run()).toThrow(/never deleted/);
  });

  it('the front desk can neither read nor record immunizations', async () => {
    const desk = await practice.signIn('front_desk');
    const before = count('immunizations');
    for (const result of [
      await desk.call('immunizations.list', { patientId }),
      await desk.call('immunizations.add', { patientId, item: { kind: 'historical', cvx: '03', date: '2001-01-01' } }),
      await desk.call('codes.searchCvx', { query: 'mmr' }),
    ]) {
      expect(result.ok ? '' : result.error.code).toBe('FORBIDDEN');
    }
    expect(count('immunizations')).toBe(before);
  });
});
