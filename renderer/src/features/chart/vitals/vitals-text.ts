import { type DisplayUnits, formatVital, type VitalMeasure, vitalDefinitions } from '../../../../../electron/contract';
import { formatDateTime } from '../../../ui';

/** A stored column's name in a set's history: "Temperature", "Taken at". */
export const vitalsFieldLabel = (field: string): string => {
  if (field === 'takenAt') return 'Taken at';
  if (field === 'comment') return 'Comment';
  return field in vitalDefinitions ? vitalDefinitions[field as VitalMeasure].label : field;
};

/** A stored value in a set's history, in the units the practice shows ("100.4 °F", not "38"). */
export const vitalsHistoryValue =
  (units: DisplayUnits) =>
  (field: string, value: string): string => {
    if (value === '' || value === 'null') return '(blank)';
    if (field === 'takenAt') return formatDateTime(value);
    if (field in vitalDefinitions && Number.isFinite(Number(value))) {
      return formatVital(field as VitalMeasure, Number(value), units);
    }
    return value;
  };
