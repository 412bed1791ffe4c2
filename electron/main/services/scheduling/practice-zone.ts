import { type ChartStore, repositories } from '../../../../db';
import { practiceZone as zoneOrComputers } from './zoned-time';

/** The practice's IANA zone, read from the store: the one set in practice settings, or this computer's. */
export const practiceZone = (store: Pick<ChartStore, 'db'>): string =>
  zoneOrComputers(repositories.practice.getPractice(store.db)?.timeZone ?? '');
