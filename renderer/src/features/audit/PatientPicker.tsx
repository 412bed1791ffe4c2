import { Loader, Select } from '@mantine/core';
import { useState } from 'react';
import type { PatientSummary } from '../../../../electron/contract';
import { usePatientLookup } from './usePatientLookup';

const patientLabel = (patient: PatientSummary): string =>
  `${patient.legalFamilyName}, ${patient.legalGivenName} · MRN ${patient.mrn} · born ${patient.birthDate}`;

interface PatientPickerProps {
  value: PatientSummary | null;
  onChange: (patient: PatientSummary | null) => void;
}

/** Pick one patient by name, MRN or date of birth, to narrow the audit report to their chart. */
export function PatientPicker({ value, onChange }: PatientPickerProps) {
  const [search, setSearch] = useState(value ? patientLabel(value) : '');
  // Once a patient is picked the box shows their label; that is not a new search.
  const query = value && search === patientLabel(value) ? '' : search;
  const { results, error, searching } = usePatientLookup(query);
  const options = value && !results.some((patient) => patient.id === value.id) ? [value, ...results] : results;

  return (
    <Select<number>
      label="Patient"
      placeholder="Name, MRN or date of birth"
      searchable
      clearable
      searchValue={search}
      onSearchChange={setSearch}
      data={options.map((patient) => ({ value: patient.id, label: patientLabel(patient) }))}
      // The server already matched the query; do not filter its answer again by label text.
      filter={({ options: all }) => all}
      value={value?.id ?? null}
      onChange={(id) => onChange(options.find((patient) => patient.id === id) ?? null)}
      nothingFoundMessage={
        query.trim().length < 2 ? 'Type at least 2 characters' : searching ? 'Searching…' : 'No patient found'
      }
      rightSection={searching ? <Loader size={14} aria-hidden /> : undefined}
      error={error ?? undefined}
      miw={280}
    />
  );
}
