import { createHash } from 'node:crypto';
import { and, desc, eq, gte, isNull, lt, lte, or, type SQL, sql } from 'drizzle-orm';
import { auditLog, patients } from '../schema';
import type { ChartDb } from '../store/open';
import { prepared } from './bulk-insert';

export type AuditRow = typeof auditLog.$inferSelect;
export type AuditEntry = Pick<AuditRow, 'userId' | 'username' | 'action' | 'outcome' | 'patientId' | 'workstation'> &
  Partial<Pick<AuditRow, 'entity' | 'entityId' | 'detail'>>;

export const genesisHash = '0'.repeat(64);

/** The columns a row's hash covers, in the order hashed; a batch inserts them in this order, then the hash. */
const hashedColumns = [
  'id',
  'at',
  'userId',
  'username',
  'action',
  'outcome',
  'patientId',
  'entity',
  'entityId',
  'workstation',
  'detail',
  'prevHash',
] as const satisfies readonly (keyof Omit<AuditRow, 'hash'>)[];

/** The bytes a row's hash covers: every column but the hash, in a fixed order. */
const canonical = (row: Omit<AuditRow, 'hash'>): string => JSON.stringify(hashedColumns.map((column) => row[column]));

export const rowHash = (row: Omit<AuditRow, 'hash'>): string =>
  createHash('sha256').update(row.prevHash).update(canonical(row)).digest('hex');

/**
 * Appends one row to the hash chain h = SHA-256(prev_h || canonical_row) (ARCHITECTURE.md section 4).
 * Call inside the same transaction as the change it records. The timestamp never goes backwards even
 * if the wall clock does, so the log reads in order (SECURITY.md faults: clock jumps backwards).
 */
export const appendAudit = (db: ChartDb, entry: AuditEntry, now: Date = new Date()): AuditRow =>
  // Reading the last hash and inserting the next row must be one step, or a second writer could fork the chain.
  db.$client.transaction(() => appendInChain(db, entry, now)).immediate();

/** The end of the chain: the id, time and hash the next row continues from. */
const chainEnd = (db: ChartDb, now: Date) => {
  const last = db
    .select({ id: auditLog.id, at: auditLog.at, hash: auditLog.hash })
    .from(auditLog)
    .orderBy(desc(auditLog.id))
    .limit(1)
    .get();
  const stamp = now.toISOString();
  return { id: last?.id ?? 0, at: last && last.at > stamp ? last.at : stamp, hash: last?.hash ?? genesisHash };
};

/** The next row of the chain for an entry, with its hash. */
const chainRow = (entry: AuditEntry, id: number, at: string, prevHash: string): AuditRow => {
  const row: Omit<AuditRow, 'hash'> = {
    id,
    at,
    userId: entry.userId,
    username: entry.username,
    action: entry.action,
    outcome: entry.outcome,
    patientId: entry.patientId,
    entity: entry.entity ?? '',
    entityId: entry.entityId ?? '',
    workstation: entry.workstation,
    detail: entry.detail ?? '',
    prevHash,
  };
  return { ...row, hash: rowHash(row) };
};

const appendInChain = (db: ChartDb, entry: AuditEntry, now: Date): AuditRow => {
  const end = chainEnd(db, now);
  const full = chainRow(entry, end.id + 1, end.at, end.hash);
  db.insert(auditLog).values(full).run();
  return full;
};

/**
 * Appends many rows to the chain in one step, each hashed exactly as appendAudit hashes it, all
 * stamped `now` (or the last row's time, never earlier): for a bulk writer such as the synthetic
 * practice, which records thousands of actions per transaction. Call inside the changes' transaction.
 */
export const appendAuditBatch = (db: ChartDb, entries: readonly AuditEntry[], now: Date = new Date()): void => {
  if (entries.length === 0) return;
  db.$client
    .transaction(() => {
      const end = chainEnd(db, now);
      const insert = prepared(
        db,
        `INSERT INTO audit_log (id, at, user_id, username, action, outcome, patient_id, entity, entity_id,
           workstation, detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      );
      let id = end.id;
      let prevHash = end.hash;
      for (const entry of entries) {
        id += 1;
        const row = chainRow(entry, id, end.at, prevHash);
        insert.run(...hashedColumns.map((column) => row[column]), row.hash);
        prevHash = row.hash;
      }
    })
    .immediate();
};

export interface AuditFilter {
  userId?: number | undefined;
  /** The username of `userId`, to include sign-in attempts on that account. */
  username?: string | undefined;
  patientId?: number | undefined;
  action?: string | undefined;
  fromIso?: string | undefined;
  toIsoExclusive?: string | undefined;
  beforeId?: number | undefined;
  limit: number;
}

export type AuditListRow = AuditRow & { patientName: string | null; patientMrn: string | null };

export const listAudit = (db: ChartDb, filter: AuditFilter): AuditListRow[] => {
  const conditions: SQL[] = [];
  if (filter.userId !== undefined) {
    // A staff member's rows include attempts on their account made before anyone was signed in
    // (failed sign-ins carry the username typed, with no user id: nobody was authenticated).
    const account = filter.username ? and(isNull(auditLog.userId), eq(auditLog.username, filter.username)) : undefined;
    conditions.push(account ? or(eq(auditLog.userId, filter.userId), account)! : eq(auditLog.userId, filter.userId));
  }
  if (filter.patientId !== undefined) conditions.push(eq(auditLog.patientId, filter.patientId));
  if (filter.action !== undefined) conditions.push(eq(auditLog.action, filter.action));
  if (filter.fromIso !== undefined) conditions.push(gte(auditLog.at, filter.fromIso));
  if (filter.toIsoExclusive !== undefined) conditions.push(lt(auditLog.at, filter.toIsoExclusive));
  if (filter.beforeId !== undefined) conditions.push(lte(auditLog.id, filter.beforeId - 1));
  return db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      userId: auditLog.userId,
      username: auditLog.username,
      action: auditLog.action,
      outcome: auditLog.outcome,
      patientId: auditLog.patientId,
      entity: auditLog.entity,
      entityId: auditLog.entityId,
      workstation: auditLog.workstation,
      detail: auditLog.detail,
      prevHash: auditLog.prevHash,
      hash: auditLog.hash,
      patientName: sql<string | null>`${patients.legalFamilyName} || ', ' || ${patients.legalGivenName}`,
      patientMrn: patients.mrn,
    })
    .from(auditLog)
    .leftJoin(patients, eq(patients.id, auditLog.patientId))
    .where(conditions.length > 0 ? and(...conditions) : undefined)
    .orderBy(desc(auditLog.id))
    .limit(filter.limit)
    .all();
};

export interface ChainReport {
  rowsChecked: number;
  firstBrokenId: number | null;
  lastId: number;
  lastHash: string;
}

/** Walks the whole chain in id order; reports the first row whose link or hash does not match. */
export const verifyAuditChain = (db: ChartDb): ChainReport => {
  let prevHash = genesisHash;
  let expectedId = 1;
  let rowsChecked = 0;
  const statement = db.$client.prepare('SELECT * FROM audit_log ORDER BY id');
  for (const raw of statement.iterate() as Iterable<Record<string, unknown>>) {
    const row: AuditRow = {
      id: raw.id as number,
      at: raw.at as string,
      userId: raw.user_id as number | null,
      username: raw.username as string,
      action: raw.action as string,
      outcome: raw.outcome as AuditRow['outcome'],
      patientId: raw.patient_id as number | null,
      entity: raw.entity as string,
      entityId: raw.entity_id as string,
      workstation: raw.workstation as string,
      detail: raw.detail as string,
      prevHash: raw.prev_hash as string,
      hash: raw.hash as string,
    };
    rowsChecked++;
    const { hash, ...rest } = row;
    if (row.id !== expectedId || row.prevHash !== prevHash || rowHash(rest) !== hash) {
      return {
        rowsChecked,
        firstBrokenId: row.id === expectedId ? row.id : expectedId,
        lastId: row.id,
        lastHash: hash,
      };
    }
    prevHash = hash;
    expectedId++;
  }
  return { rowsChecked, firstBrokenId: null, lastId: expectedId - 1, lastHash: prevHash };
};
