import { type ChartStore, repositories, type schema, withTransaction } from '../../../../db';
import { ChartroomError } from '../../../contract/errors';
import {
  computeFlag,
  type LabFlag,
  labFlagLabels,
  labNumericValue,
  parseReferenceRange,
} from '../../../contract/lab-ranges';
import type { LabObservationDto, LabPanelDto, LabPanelFields, LabTrendDto } from '../../../contract/labs';
import type { Actor } from '../context';
import { ChartItemService } from './item-service';

type PanelRow = repositories.labs.LabPanelRow;
type ObservationRow = repositories.labs.LabObservationRow;
type Panel = Omit<LabPanelDto, 'observations'>;

/** The panel's own columns, whether typed in or imported. */
export type LabPanelColumns = Pick<
  PanelRow,
  | 'name'
  | 'collectedAt'
  | 'orderingProvider'
  | 'performingLab'
  | 'comment'
  | 'source'
  | 'messageControlId'
  | 'accession'
>;

const toPanel = (row: PanelRow): Panel => ({
  id: row.id,
  patientId: row.patientId,
  version: row.version,
  retired: row.retired,
  retiredReason: row.retiredReason,
  createdAt: row.createdAt,
  updatedAt: row.updatedAt,
  name: row.name,
  collectedAt: row.collectedAt,
  orderingProvider: row.orderingProvider,
  performingLab: row.performingLab,
  comment: row.comment,
  source: row.source,
  messageControlId: row.messageControlId,
  accession: row.accession,
});

const toObservation = (row: ObservationRow): LabObservationDto => ({
  analyte: row.analyte,
  loinc: row.loinc,
  value: row.value,
  numericValue: row.numericValue,
  unit: row.unit,
  referenceRange: row.referenceText,
  referenceLow: row.referenceLow,
  referenceHigh: row.referenceHigh,
  flag: row.flag as LabFlag,
  observedAt: row.observedAt,
  comment: row.comment,
});

/** A typed-in result: the number read from the value, the range's bounds, and the flag they earn. */
const manualResult = (row: LabPanelFields['analytes'][number], observedAt: string): LabObservationDto => {
  const range = parseReferenceRange(row.referenceRange);
  return {
    analyte: row.analyte,
    loinc: '',
    value: row.value,
    numericValue: labNumericValue(row.value),
    unit: row.unit,
    referenceRange: row.referenceRange,
    referenceLow: range.low,
    referenceHigh: range.high,
    flag: computeFlag(row.value, row.referenceRange),
    observedAt,
    comment: '',
  };
};

const manualColumns = (panel: LabPanelFields): LabPanelColumns => ({
  name: panel.name,
  collectedAt: panel.collectedAt,
  orderingProvider: panel.orderingProvider,
  performingLab: panel.performingLab,
  comment: panel.comment,
  source: 'manual',
  messageControlId: '',
  accession: '',
});

const groupBy = <T, K>(rows: T[], key: (row: T) => K): Map<K, T[]> => {
  const groups = new Map<K, T[]>();
  for (const row of rows) {
    const group = groups.get(key(row));
    if (group) group.push(row);
    else groups.set(key(row), [row]);
  }
  return groups;
};

/** "5.8 mmol/L (High)": one result the way the history shows it. */
const describeResult = (row: ObservationRow | undefined): string =>
  row
    ? `${row.value}${row.unit ? ` ${row.unit}` : ''}${row.flag ? ` (${labFlagLabels[row.flag as LabFlag]})` : ''}`
    : '';

export const labAuditDetail = (columns: Pick<PanelRow, 'source'>) => `source=${columns.source}`;

/**
 * Lab results (issue 4). A panel is a versioned chart item (ChartItemService gives it history, the
 * wrong-patient guard and retire-with-reason); its results are rows per panel version, written in the
 * same transaction as the version they belong to, so an edit never loses the values it replaced.
 */
export class LabService {
  readonly #store: () => ChartStore;
  readonly #panels: ChartItemService<typeof schema.labPanels, LabPanelColumns, Panel>;

  constructor(store: () => ChartStore) {
    this.#store = store;
    this.#panels = new ChartItemService(store, {
      kind: 'lab-panel',
      noun: 'lab panel',
      items: repositories.labs.panels,
      audit: { add: 'lab.add', update: 'lab.update', retire: 'lab.retire' },
      toColumns: (columns) => columns,
      toDto: toPanel,
      auditDetail: labAuditDetail,
      duplicateOf: (active, columns) => {
        if (columns.source !== 'manual') return null;
        const same = active.find(
          (p) => p.name.toLowerCase() === columns.name.toLowerCase() && p.collectedAt === columns.collectedAt,
        );
        return same
          ? {
              message: `A ${same.name} collected at ${same.collectedAt.replace('T', ' ')} is already on this chart. Edit that panel instead.`,
              field: 'name',
            }
          : null;
      },
    });
  }

  #withResults(panel: Panel, rows: ObservationRow[]): LabPanelDto {
    return { ...panel, observations: rows.map(toObservation) };
  }

  #writeResults(panel: Panel, results: LabObservationDto[]): ObservationRow[] {
    const rows = results.map((result, position) => ({
      panelId: panel.id,
      panelVersion: panel.version,
      patientId: panel.patientId,
      position,
      loinc: result.loinc,
      analyte: result.analyte,
      value: result.value,
      numericValue: result.numericValue,
      unit: result.unit,
      referenceLow: result.referenceLow,
      referenceHigh: result.referenceHigh,
      referenceText: result.referenceRange,
      flag: result.flag,
      observedAt: result.observedAt,
      comment: result.comment,
    }));
    return repositories.labs.insertObservations(this.#store().db, rows);
  }

  /** Panels newest first, each with its current results. */
  list(patientId: number): { active: LabPanelDto[]; retired: LabPanelDto[] } {
    const { active, retired } = this.#panels.list(patientId);
    const byPanel = groupBy(repositories.labs.currentObservations(this.#store().db, patientId), (row) => row.panelId);
    const attach = (panel: Panel) => this.#withResults(panel, byPanel.get(panel.id) ?? []);
    return { active: active.map(attach), retired: retired.map(attach) };
  }

  /**
   * Adds a panel with its results, as one transaction. Used for typed-in panels and, with the
   * message's columns and results, for each panel of an imported file.
   */
  addPanel(actor: Actor, patientId: number, columns: LabPanelColumns, results: LabObservationDto[]): LabPanelDto {
    return withTransaction(this.#store(), () => {
      const panel = this.#panels.add(actor, patientId, columns);
      return this.#withResults(panel, this.#writeResults(panel, results));
    });
  }

  add(actor: Actor, patientId: number, panel: LabPanelFields): LabPanelDto {
    return this.addPanel(
      actor,
      patientId,
      manualColumns(panel),
      panel.analytes.map((row) => manualResult(row, panel.collectedAt)),
    );
  }

  update(
    actor: Actor,
    input: { patientId: number; itemId: number; expectedVersion: number; item: LabPanelFields },
  ): LabPanelDto {
    return withTransaction(this.#store(), () => {
      const current = this.#panels.own(input.patientId, input.itemId);
      if (current.source === 'hl7') {
        throw new ChartroomError(
          'CONFLICT',
          "Results imported from a lab file stay as the lab sent them. Import the lab's corrected result, and retire this panel with a reason if it is wrong.",
        );
      }
      const panel = this.#panels.update(actor, { ...input, item: manualColumns(input.item) });
      const results = input.item.analytes.map((row) => manualResult(row, input.item.collectedAt));
      return this.#withResults(panel, this.#writeResults(panel, results));
    });
  }

  retire(actor: Actor, input: { patientId: number; itemId: number; reason: string }): LabPanelDto {
    const panel = this.#panels.retire(actor, input);
    const rows = repositories.labs.currentObservations(this.#store().db, input.patientId);
    return this.#withResults(
      panel,
      rows.filter((row) => row.panelId === panel.id),
    );
  }

  /** Every version of the panel with what changed, each result's old and new value included. */
  history(patientId: number, itemId: number) {
    const versions = this.#panels.history(patientId, itemId);
    const sets = groupBy(repositories.labs.allObservationsOf(this.#store().db, itemId), (row) => row.panelVersion);
    let previous: ObservationRow[] = sets.get(1) ?? [];
    return versions.map((version) => {
      const set = sets.get(version.version);
      if (!set || version.action !== 'edited') return version;
      const before = new Map(previous.map((row) => [row.analyte, row]));
      const after = new Map(set.map((row) => [row.analyte, row]));
      previous = set;
      const resultChanges = [...new Set([...before.keys(), ...after.keys()])]
        .map((analyte) => ({
          field: analyte,
          before: describeResult(before.get(analyte)),
          after: describeResult(after.get(analyte)),
        }))
        .filter((change) => change.before !== change.after);
      return { ...version, changes: [...version.changes, ...resultChanges] };
    });
  }

  /**
   * One analyte over time, oldest first, from panels that are not retired. An analyte matches by name,
   * and by the LOINC codes results of that name carry: a lab's "Potassium, serum" coded 2823-3 joins
   * the "Potassium" trend once any "Potassium" result is coded 2823-3.
   */
  trend(patientId: number, analyte: string): LabTrendDto {
    if (!repositories.patients.getPatient(this.#store().db, patientId))
      throw new ChartroomError('NOT_FOUND', 'This patient was not found. Search again.');
    const rows = repositories.labs.trendRows(this.#store().db, patientId);
    const wanted = analyte.trim().toLowerCase();
    const named = rows.filter((row) => row.observation.analyte.toLowerCase() === wanted);
    const codes = new Set(named.map((row) => row.observation.loinc).filter(Boolean));
    const points = rows.filter(
      (row) => row.observation.analyte.toLowerCase() === wanted || codes.has(row.observation.loinc),
    );
    return {
      analyte: named[0]?.observation.analyte ?? analyte.trim(),
      points: points.map(({ observation, panelName }) => ({
        panelId: observation.panelId,
        panelName,
        observedAt: observation.observedAt,
        value: observation.value,
        numericValue: observation.numericValue,
        unit: observation.unit,
        referenceRange: observation.referenceText,
        referenceLow: observation.referenceLow,
        referenceHigh: observation.referenceHigh,
        flag: observation.flag as LabFlag,
      })),
    };
  }
}
