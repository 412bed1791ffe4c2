import type { ChartStore } from '../../../../db';
import { repositories, withTransaction } from '../../../../db';
import { recordAudit } from '../audit';
import type { Actor } from '../context';
import { syntheticPatient } from './patients';
import { seededRandom } from './random';

/**
 * Fills a practice with synthetic patients through the real repositories, in batches of one
 * transaction each, with the same audit rows a registration writes. Deterministic for a seed.
 */
export const addSyntheticPatients = (
  store: ChartStore,
  actor: Actor,
  options: { count: number; seed: number; batchSize?: number; onProgress?: (done: number, total: number) => void },
): void => {
  const random = seededRandom(options.seed);
  const today = new Date();
  const batchSize = options.batchSize ?? 1000;
  for (let done = 0; done < options.count; ) {
    const size = Math.min(batchSize, options.count - done);
    withTransaction(store, () => {
      for (let i = 0; i < size; i++) {
        const fields = syntheticPatient(random, today);
        const mrn = repositories.practice.allocateMrn(store.db);
        const now = new Date().toISOString();
        const record = repositories.patients.insertPatient(store.db, {
          mrn,
          fields,
          userId: actor.userId,
          now,
          note: 'synthetic demo patient',
        });
        recordAudit(store, {
          ...actor,
          action: 'patient.register',
          patientId: record.id,
          entity: 'patient',
          entityId: record.id,
          detail: 'demo',
        });
      }
    });
    done += size;
    options.onProgress?.(done, options.count);
  }
};
