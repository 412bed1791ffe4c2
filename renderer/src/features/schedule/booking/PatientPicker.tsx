import { Combobox, Text, TextInput, useCombobox } from '@mantine/core';
import { IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import type { PatientSummary } from '../../../../../electron/contract';
import { formatDate, patientName } from '../../patients';
import { usePatientOptions } from './use-patient-options';

export interface ChosenPatient {
  id: number;
  name: string;
  birthDate: string;
  mrn: string;
}

interface PatientPickerProps {
  value: ChosenPatient | null;
  onChange: (patient: ChosenPatient | null) => void;
  /** Opens registration for someone not yet on file. */
  onRegisterNew: () => void;
  error?: string | undefined;
}

const registerValue = 'register-new-patient';

export const chosenFrom = (
  patient: Pick<PatientSummary, 'id' | 'mrn' | 'birthDate' | 'legalGivenName' | 'legalFamilyName'>,
): ChosenPatient => ({
  id: patient.id,
  name: patientName(patient),
  birthDate: patient.birthDate,
  mrn: patient.mrn,
});

const describe = (patient: ChosenPatient): string =>
  `${patient.name} · born ${formatDate(patient.birthDate)} · MRN ${patient.mrn}`;

/** Find the patient to book by name, date of birth, MRN or phone, or register them without leaving the dialog. */
export function PatientPicker({ value, onChange, onRegisterNew, error }: PatientPickerProps) {
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });
  const [query, setQuery] = useState('');
  const { patients, error: searchError } = usePatientOptions(value ? '' : query);

  const choose = (id: string) => {
    combobox.closeDropdown();
    if (id === registerValue) {
      onRegisterNew();
      return;
    }
    const patient = patients.find((candidate) => String(candidate.id) === id);
    if (!patient) return;
    onChange(chosenFrom(patient));
    setQuery('');
  };

  return (
    <Combobox store={combobox} onOptionSubmit={choose}>
      <Combobox.Target>
        <TextInput
          label="Patient"
          required
          placeholder="Name, date of birth, MRN or phone"
          value={value ? describe(value) : query}
          error={error ?? searchError ?? undefined}
          onChange={(event) => {
            setQuery(event.currentTarget.value);
            if (value) onChange(null);
            combobox.openDropdown();
            combobox.updateSelectedOptionIndex();
          }}
          // A chosen patient stays put when focus comes back (e.g. from the registration modal).
          onFocus={() => (value ? undefined : combobox.openDropdown())}
          onBlur={() => combobox.closeDropdown()}
          data-autofocus
        />
      </Combobox.Target>
      <Combobox.Dropdown hidden={value !== null}>
        <Combobox.Options>
          {patients.map((patient) => (
            <Combobox.Option key={patient.id} value={String(patient.id)}>
              <Text size="sm" fw={500}>
                {patientName(patient)}
              </Text>
              <Text size="xs" c="dimmed">
                Born {formatDate(patient.birthDate)} · MRN {patient.mrn}
                {patient.phone ? ` · ${patient.phone}` : ''}
              </Text>
            </Combobox.Option>
          ))}
          {query.trim() && patients.length === 0 ? <Combobox.Empty>No patient matches that.</Combobox.Empty> : null}
          <Combobox.Option value={registerValue}>
            <Text size="sm" fw={500} c="chartroom.8">
              <IconUserPlus size={14} aria-hidden /> Register new patient
            </Text>
          </Combobox.Option>
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
}
