import type { PatientSummary } from '../../../../../electron/contract';
import classes from './PatientSearch.module.css';
import { SearchResultRow } from './SearchResultRow';

interface SearchResultsProps {
  listId: string;
  optionId: (index: number) => string;
  results: PatientSummary[];
  active: number;
  stale: boolean;
  onPoint: (index: number) => void;
  onOpen: (patient: PatientSummary) => void;
}

export function SearchResults({ listId, optionId, results, active, stale, onPoint, onOpen }: SearchResultsProps) {
  return (
    <div>
      <div className={classes.header} aria-hidden>
        <span>Name</span>
        <span>Date of birth</span>
        <span>Sex</span>
        <span>MRN</span>
        <span>Phone</span>
      </div>
      <div id={listId} role="listbox" aria-label="Matching patients" aria-busy={stale} className={classes.list}>
        {results.map((patient, index) => (
          <SearchResultRow
            key={patient.id}
            id={optionId(index)}
            patient={patient}
            active={index === active}
            onPoint={() => onPoint(index)}
            onOpen={() => onOpen(patient)}
          />
        ))}
      </div>
    </div>
  );
}
