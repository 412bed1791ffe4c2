import { type ChartStore, repositories, withTransaction } from '../../../db';
import type { PracticeDto } from '../../contract/accounts';
import { ChartroomError } from '../../contract/errors';
import { recordAudit } from './audit';
import type { Actor } from './context';

export const toPracticeDto = (row: repositories.practice.PracticeRow): PracticeDto => ({
  name: row.name,
  addressLine1: row.addressLine1,
  addressLine2: row.addressLine2,
  city: row.city,
  state: row.state,
  postalCode: row.postalCode,
  phone: row.phone,
  fax: row.fax,
  idleLockMinutes: row.idleLockMinutes,
  temperatureUnit: row.temperatureUnit,
  timeZone: row.timeZone,
});

export const readPractice = (store: ChartStore): repositories.practice.PracticeRow => {
  const row = repositories.practice.getPractice(store.db);
  if (!row)
    throw new ChartroomError(
      'STORE_CORRUPT',
      'The practice details are missing from the chart database. Restore from a backup.',
    );
  return row;
};

export const updatePractice = (store: ChartStore, actor: Actor, input: Omit<PracticeDto, never>): PracticeDto =>
  withTransaction(store, () => {
    const before = readPractice(store);
    repositories.practice.updatePractice(store.db, input);
    const changed = (Object.keys(input) as (keyof PracticeDto)[]).filter((k) => before[k] !== input[k]);
    recordAudit(store, {
      ...actor,
      action: 'practice.update',
      entity: 'practice',
      entityId: 1,
      detail: changed.join(','),
    });
    return toPracticeDto(readPractice(store));
  });
