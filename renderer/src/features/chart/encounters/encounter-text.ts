import {
  type EncounterType,
  encounterTypeLabels,
  encounterTypes,
  type NoteSummaryDto,
  noteStatusLabels,
} from '../../../../../electron/contract';

export const encounterTypeOptions = encounterTypes.map((type) => ({ value: type, label: encounterTypeLabels[type] }));

export const encounterTypeLabel = (type: EncounterType): string => encounterTypeLabels[type];

/** Reasons offered when an encounter or a note is retired. */
export const retireReasons = ['entered in error', 'wrong patient', 'duplicate', 'other'] as const;

/** Field names as the encounter's history shows them. */
export const encounterFieldLabel = (field: string): string =>
  ({ date: 'Date', providerId: 'Provider', type: 'Type', reason: 'Reason' })[field] ?? field;

/** A stored value in the history, in words: the provider's name, the type's label. */
export const encounterHistoryValue =
  (providerNames: ReadonlyMap<number, string>) =>
  (field: string, value: string): string => {
    if (!value) return '(blank)';
    if (field === 'providerId') return providerNames.get(Number(value)) ?? `user ${value}`;
    if (field === 'type' && value in encounterTypeLabels) return encounterTypeLabels[value as EncounterType];
    return value;
  };

export const noteStatusColor: Record<NoteSummaryDto['status'], string> = {
  draft: 'yellow',
  'awaiting-cosign': 'orange',
  signed: 'green',
};

export const noteStatusLabel = (status: NoteSummaryDto['status']): string => noteStatusLabels[status];

const clock = new Intl.DateTimeFormat(undefined, {
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** "10:42:13": when a draft was last saved. */
export const formatClock = (iso: string): string => clock.format(new Date(iso));
