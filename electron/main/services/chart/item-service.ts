import type { InferInsertModel, InferSelectModel } from 'drizzle-orm';
import { type ChartStore, repositories, withTransaction } from '../../../../db';
import type { AuditAction } from '../../../contract/audit';
import { ChartroomError } from '../../../contract/errors';
import type { Actor } from '../context';
import { describeVersions, onThisChart, recordChartChange } from './versions';

/**
 * The chart already holds this item (the same active problem, vitals at the same time). Still a
 * CONFLICT to the caller; its own class so an import can pass over a duplicate and stop on any other refusal.
 */
export class DuplicateItemError extends ChartroomError {
  constructor(message: string, field?: string) {
    super('CONFLICT', message, field);
  }
}

type Table = repositories.chartItems.VersionedItemTable;
type Row<T extends Table> = InferSelectModel<T> & {
  id: number;
  patientId: number;
  version: number;
  retired: boolean;
  retiredReason: string;
  createdAt: string;
  updatedAt: string;
};
/** The kind's own columns: everything the user types, none of the bookkeeping. */
type Fields<T extends Table> = Omit<
  InferInsertModel<T>,
  'id' | 'patientId' | 'version' | 'retired' | 'retiredReason' | 'createdAt' | 'updatedAt'
>;

/** How one kind of chart item differs from the others. */
export interface ChartItemKindSpec<T extends Table, Input, Dto> {
  kind: repositories.chartVersions.ChartItemKind;
  /** "medication", as a sentence would say it. */
  noun: string;
  items: repositories.chartItems.VersionedItems<T>;
  audit: { add: AuditAction; update: AuditAction; retire: AuditAction };
  /** The columns to store for what the user entered (unit conversion, codes looked up, ...). */
  toColumns: (input: Input) => Fields<T>;
  toDto: (row: Row<T>) => Dto;
  /** Audit detail for a new item: codes and categories, never free text (SECURITY.md S14). */
  auditDetail?: (columns: Fields<T>) => string;
  /** A message when the new item repeats an active one ("already on the list"); null when it does not. */
  duplicateOf?: (active: Row<T>[], columns: Fields<T>) => { message: string; field?: string } | null;
}

/** A row's own columns, as its version snapshot stores them. */
const columnsOf = (row: Record<string, unknown>): Record<string, unknown> => {
  const { id, patientId, version, retired, retiredReason, createdAt, updatedAt, ...columns } = row;
  return columns;
};

const patientMissing = () => new ChartroomError('NOT_FOUND', 'This patient was not found. Search again.');

/**
 * One versioned chart item kind (issue 4): add, edit with visible history, retire with a reason, all
 * audited and nothing hard-deleted (PRODUCT.md principles). Every write names the open chart's
 * patient and is refused when the item belongs to someone else. Every write is one IMMEDIATE
 * transaction: the row, its version and its audit row land together or not at all.
 */
export class ChartItemService<T extends Table, Input, Dto> {
  readonly #store: () => ChartStore;
  readonly #spec: ChartItemKindSpec<T, Input, Dto>;

  constructor(store: () => ChartStore, spec: ChartItemKindSpec<T, Input, Dto>) {
    this.#store = store;
    this.#spec = spec;
  }

  #assertPatient(patientId: number): void {
    if (!repositories.patients.getPatient(this.#store().db, patientId)) throw patientMissing();
  }

  /** The item, refused unless it exists on this patient's chart. */
  own(patientId: number, itemId: number): Row<T> {
    return onThisChart(
      this.#spec.items.get(this.#store().db, itemId) as Row<T> | undefined,
      patientId,
      this.#spec.noun,
    );
  }

  /** Every row of the patient's, retired included, in the kind's order. */
  rows(patientId: number): Row<T>[] {
    this.#assertPatient(patientId);
    return this.#spec.items.list(this.#store().db, patientId) as Row<T>[];
  }

  /** Current and retired items, as the panels show them. */
  list(patientId: number): { active: Dto[]; retired: Dto[] } {
    const rows = this.rows(patientId);
    return {
      active: rows.filter((r) => !r.retired).map(this.#spec.toDto),
      retired: rows.filter((r) => r.retired).map(this.#spec.toDto),
    };
  }

  add(actor: Actor, patientId: number, input: Input): Dto {
    const store = this.#store();
    const spec = this.#spec;
    return withTransaction(store, () => {
      this.#assertPatient(patientId);
      const columns = spec.toColumns(input);
      const active = (spec.items.list(store.db, patientId) as Row<T>[]).filter((r) => !r.retired);
      const duplicate = spec.duplicateOf?.(active, columns);
      if (duplicate) throw new DuplicateItemError(duplicate.message, duplicate.field);
      const now = new Date().toISOString();
      const row = spec.items.insert(store.db, {
        ...columns,
        patientId,
        createdAt: now,
        updatedAt: now,
      } as InferInsertModel<T>) as Row<T>;
      recordChartChange(store, actor, {
        kind: spec.kind,
        itemId: row.id,
        patientId,
        version: 1,
        action: 'created',
        at: now,
        snapshot: columns,
        audit: spec.audit.add,
        detail: spec.auditDetail?.(columns) ?? 'v1',
      });
      return spec.toDto(row);
    });
  }

  update(actor: Actor, input: { patientId: number; itemId: number; expectedVersion: number; item: Input }): Dto {
    const store = this.#store();
    const spec = this.#spec;
    return withTransaction(store, () => {
      const current = this.own(input.patientId, input.itemId);
      if (current.retired) {
        throw new ChartroomError('CONFLICT', `This ${spec.noun} was retired; record it again if it applies.`);
      }
      const columns = spec.toColumns(input.item);
      const now = new Date().toISOString();
      const row = spec.items.update(store.db, current.id, input.expectedVersion, {
        ...columns,
        updatedAt: now,
      } as never) as Row<T> | undefined;
      if (!row) {
        throw new ChartroomError(
          'CONFLICT',
          `Someone else changed this ${spec.noun} after you opened it. Your edits are kept in the form: reload to see theirs.`,
        );
      }
      recordChartChange(store, actor, {
        kind: spec.kind,
        itemId: row.id,
        patientId: input.patientId,
        version: row.version,
        action: 'edited',
        at: now,
        snapshot: columns,
        audit: spec.audit.update,
      });
      return spec.toDto(row);
    });
  }

  retire(actor: Actor, input: { patientId: number; itemId: number; reason: string }): Dto {
    const store = this.#store();
    const spec = this.#spec;
    return withTransaction(store, () => {
      const current = this.own(input.patientId, input.itemId);
      if (current.retired) return spec.toDto(current);
      const now = new Date().toISOString();
      const row = spec.items.update(store.db, current.id, current.version, {
        retired: true,
        retiredReason: input.reason,
        updatedAt: now,
      } as never) as Row<T> | undefined;
      if (!row)
        throw new ChartroomError('CONFLICT', `Someone else changed this ${spec.noun} just now. Reload and try again.`);
      recordChartChange(store, actor, {
        kind: spec.kind,
        itemId: row.id,
        patientId: input.patientId,
        version: row.version,
        action: 'retired',
        at: now,
        snapshot: columnsOf(row),
        reason: input.reason,
        audit: spec.audit.retire,
      });
      return spec.toDto(row);
    });
  }

  history(patientId: number, itemId: number) {
    this.own(patientId, itemId);
    return describeVersions(this.#store().db, this.#spec.kind, itemId);
  }
}
