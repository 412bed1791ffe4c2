import { Fieldset, SimpleGrid } from '@mantine/core';
import { SuggestField } from './SuggestField';
import { languageSuggestions } from './suggestions';
import { TextField } from './TextField';
import type { PatientFormApi } from './use-patient-form';

export function ContactFields({ form }: { form: PatientFormApi }) {
  const { control } = form;
  return (
    <Fieldset legend="Contact" variant="filled">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing="xs">
        <TextField control={control} name="mobilePhone" label="Mobile phone" type="tel" />
        <TextField control={control} name="homePhone" label="Home phone" type="tel" />
        <TextField control={control} name="workPhone" label="Work phone" type="tel" />
        <TextField control={control} name="email" label="Email" type="email" />
        <SuggestField
          control={control}
          name="preferredLanguage"
          label="Preferred language"
          suggestions={languageSuggestions}
        />
      </SimpleGrid>
    </Fieldset>
  );
}
