import { useEffect, useRef } from 'react';
import { type PatientSummary, sexLabels } from '../../../../../electron/contract';
import { ageText, formatDate } from '../model/dates';
import { patientListName } from '../model/names';
import classes from './PatientSearch.module.css';

interface SearchResultRowProps {
  id: string;
  patient: PatientSummary;
  active: boolean;
  onPoint: () => void;
  onOpen: () => void;
}

/** One patient in the finder's list: enough to tell two John Smiths apart at a glance. */
export function SearchResultRow({ id, patient, active, onPoint, onOpen }: SearchResultRowProps) {
  const age = ageText(patient.birthDate);
  const row = useRef<HTMLDivElement>(null);
  // Arrow keys move the active row, not focus, so the list has to be scrolled to keep it in view.
  useEffect(() => {
    if (active) row.current?.scrollIntoView({ block: 'nearest' });
  }, [active]);
  return (
    // Focus stays in the search box (the combobox pattern); the row is chosen by arrow keys or a click.
    // biome-ignore lint/a11y/useKeyWithClickEvents: the search box handles Enter for the active row.
    <div
      ref={row}
      id={id}
      role="option"
      tabIndex={-1}
      aria-selected={active}
      className={classes.row}
      onMouseMove={onPoint}
      // Keep focus in the search box so typing can continue after pointing at a row.
      onMouseDown={(event) => event.preventDefault()}
      onClick={onOpen}
    >
      <span className={classes.name}>{patientListName(patient)}</span>
      <span>
        {formatDate(patient.birthDate)}
        {age && ` (${age})`}
      </span>
      <span>{sexLabels[patient.sex]}</span>
      <span className={classes.mono}>{patient.mrn}</span>
      <span>{patient.phone}</span>
    </div>
  );
}
