import { SimpleGrid, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { AddressFields } from './AddressFields';
import { ContactFields } from './ContactFields';
import { EmergencyContactFields } from './EmergencyContactFields';
import { IdentityFields } from './IdentityFields';
import { InsuranceFields } from './InsuranceFields';
import classes from './PatientForm.module.css';
import type { PatientFormApi } from './use-patient-form';

/**
 * Every demographic field of a patient, grouped as the front desk asks for them. Registration and
 * demographics editing both render this one component, so they cannot drift apart. The caller owns the
 * <form> element and what submitting means. `identityNotice` appears right below the identity fields,
 * where the user is looking when, say, a likely duplicate is found.
 */
export function PatientForm({ form, identityNotice }: { form: PatientFormApi; identityNotice?: ReactNode }) {
  return (
    <Stack gap="sm" className={classes.form}>
      <IdentityFields form={form} />
      {identityNotice}
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="sm" verticalSpacing="sm">
        <ContactFields form={form} />
        <AddressFields form={form} />
      </SimpleGrid>
      <EmergencyContactFields form={form} />
      <InsuranceFields form={form} />
    </Stack>
  );
}
