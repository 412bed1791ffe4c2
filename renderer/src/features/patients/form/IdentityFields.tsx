import { Fieldset, SimpleGrid } from '@mantine/core';
import { DateField } from './DateField';
import { SexField } from './SexField';
import { SuggestField } from './SuggestField';
import { genderIdentitySuggestions, pronounSuggestions } from './suggestions';
import { TextField } from './TextField';
import type { PatientFormApi } from './use-patient-form';

export function IdentityFields({ form }: { form: PatientFormApi }) {
  const { control } = form;
  return (
    <Fieldset legend="Identity" variant="filled">
      <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="sm" verticalSpacing="xs">
        <TextField control={control} name="legalGivenName" label="Given name (legal)" required />
        <TextField control={control} name="legalMiddleName" label="Middle name" />
        <TextField control={control} name="legalFamilyName" label="Family name (legal)" required />
        <TextField control={control} name="suffix" label="Suffix" description="e.g. Jr, III" />
        <TextField
          control={control}
          name="preferredName"
          label="Preferred name"
          description="What the patient goes by"
        />
        <DateField control={control} name="birthDate" label="Date of birth" required />
        <SuggestField
          control={control}
          name="genderIdentity"
          label="Gender identity"
          suggestions={genderIdentitySuggestions}
        />
        <SuggestField control={control} name="pronouns" label="Pronouns" suggestions={pronounSuggestions} />
      </SimpleGrid>
      <SexField control={control} />
    </Fieldset>
  );
}
