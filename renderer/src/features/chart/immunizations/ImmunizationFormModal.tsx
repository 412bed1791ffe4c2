import { zodResolver } from '@hookform/resolvers/zod';
import { Group, NativeSelect, Radio, SimpleGrid, TextInput } from '@mantine/core';
import { Controller, type Resolver, useForm } from 'react-hook-form';
import {
  type ImmunizationDto,
  type ImmunizationFields,
  type ImmunizationKind,
  type ImmunizationRoute,
  type ImmunizationSite,
  immunizationInputSchema,
  immunizationKinds,
  immunizationRouteLabels,
  immunizationRoutes,
  immunizationSiteLabels,
  immunizationSites,
  today,
} from '../../../../../electron/contract';
import { AutocompleteField } from '../items/form-fields';
import { ItemFormModal, type ItemFormSaveProps } from '../items/ItemFormModal';
import { CvxPicker } from './CvxPicker';
import { kindLabel, refusalSuggestions, vaccineLabel } from './immunization-text';

interface ImmunizationFormValues {
  kind: ImmunizationKind;
  cvx: string;
  date: string;
  lot: string;
  expiry: string;
  manufacturer: string;
  site: ImmunizationSite | '';
  route: ImmunizationRoute | '';
  dose: string;
  administeredBy: string;
  visDate: string;
  refusalReason: string;
  comment: string;
}

const immunizationFields = [
  'kind',
  'cvx',
  'date',
  'lot',
  'expiry',
  'manufacturer',
  'site',
  'route',
  'dose',
  'administeredBy',
  'visDate',
  'refusalReason',
  'comment',
] as const;

/** The fields only a dose has (given here or elsewhere); a refusal has none of them. */
const doseFields = ['lot', 'expiry', 'manufacturer', 'site', 'route', 'dose', 'administeredBy'] as const;

const valuesOf = (record: ImmunizationDto | null, signedIn: string): ImmunizationFormValues =>
  record
    ? {
        kind: record.kind,
        cvx: record.cvx,
        date: record.date,
        lot: record.lot,
        expiry: record.expiry,
        manufacturer: record.manufacturer,
        site: record.site,
        route: record.route,
        dose: record.dose,
        administeredBy: record.administeredBy,
        visDate: record.visDate,
        refusalReason: record.refusalReason,
        comment: record.comment,
      }
    : {
        kind: 'administered',
        cvx: '',
        date: today(),
        lot: '',
        expiry: '',
        manufacturer: '',
        site: '',
        route: '',
        dose: '',
        administeredBy: signedIn,
        visDate: '',
        refusalReason: '',
        comment: '',
      };

const resolver = zodResolver(immunizationInputSchema) as unknown as Resolver<
  ImmunizationFormValues,
  unknown,
  ImmunizationFields
>;

const kindHelp: Record<ImmunizationKind, string> = {
  administered: 'Given in this clinic: lot, expiry, manufacturer and who gave it are required.',
  historical: 'Given elsewhere, as the patient or a record reports it: the vaccine and date are enough.',
  refused: 'Offered and declined: record the reason.',
};

interface ImmunizationFormModalProps extends ItemFormSaveProps<ImmunizationFields, ImmunizationDto> {
  /** The record being edited, or null to record a new one. */
  record: ImmunizationDto | null;
  /** The signed-in user's name: who gave a dose recorded here, unless changed. */
  signedInName: string;
}

/** Record or edit one immunization; the fields follow the kind, and server messages appear beside their field. */
export function ImmunizationFormModal({ record, signedInName, ...save }: ImmunizationFormModalProps) {
  const form = useForm<ImmunizationFormValues, unknown, ImmunizationFields>({
    resolver,
    defaultValues: valuesOf(record, signedInName),
  });
  const { errors } = form.formState;
  const kind = form.watch('kind');
  const given = kind !== 'refused';
  const administered = kind === 'administered';

  /** Who gave a dose here defaults to the signed-in user; a dose given elsewhere was not given by them. */
  const changeKind = (next: ImmunizationKind) => {
    const giver = form.getValues('administeredBy');
    if (next === 'administered' && giver === '') form.setValue('administeredBy', signedInName);
    if (next !== 'administered' && giver === signedInName) form.setValue('administeredBy', '');
    // A refusal has no dose: the hidden dose fields are emptied so nothing unseen is checked or sent.
    if (next === 'refused') for (const name of doseFields) form.setValue(name, '');
    form.setValue('kind', next);
    form.clearErrors();
  };

  return (
    <ItemFormModal
      title={record ? `Edit immunization: ${record.vaccine}` : 'Record an immunization'}
      label={record ? 'Edit immunization' : 'Record immunization'}
      submitLabel={record ? 'Save changes' : 'Record immunization'}
      form={form}
      fields={immunizationFields}
      {...save}
    >
      <Controller
        control={form.control}
        name="kind"
        render={({ field, fieldState }) => (
          <Radio.Group
            label="What happened"
            description={kindHelp[field.value]}
            required
            value={field.value}
            onChange={(value) => changeKind(value as ImmunizationKind)}
            error={fieldState.error?.message}
          >
            <Group gap="md" mt={4}>
              {immunizationKinds.map((value) => (
                <Radio
                  key={value}
                  value={value}
                  label={kindLabel(value)}
                  onBlur={field.onBlur}
                  data-autofocus={value === field.value || undefined}
                />
              ))}
            </Group>
          </Radio.Group>
        )}
      />
      <Controller
        control={form.control}
        name="cvx"
        render={({ field, fieldState }) => (
          <CvxPicker
            initialText={record ? vaccineLabel({ name: record.vaccine, code: record.cvx }) : ''}
            inputRef={field.ref}
            onBlur={field.onBlur}
            error={fieldState.error?.message}
            onPick={(entry) => {
              field.onChange(entry.code);
              form.clearErrors('cvx');
            }}
            onUnpick={() => field.onChange('')}
          />
        )}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput
          label={kind === 'refused' ? 'Date refused' : 'Date given'}
          description={kind === 'historical' ? 'YYYY-MM-DD; the best date known.' : 'YYYY-MM-DD.'}
          placeholder="YYYY-MM-DD"
          required
          maxLength={10}
          error={errors.date?.message}
          {...form.register('date')}
        />
        <TextInput
          label="VIS date"
          description="Edition date on the Vaccine Information Statement given."
          placeholder="YYYY-MM-DD"
          maxLength={10}
          error={errors.visDate?.message}
          {...form.register('visDate')}
        />
      </SimpleGrid>
      {given && (
        <>
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <TextInput
              label="Lot number"
              required={administered}
              maxLength={50}
              error={errors.lot?.message}
              {...form.register('lot')}
            />
            <TextInput
              label="Expiry date"
              placeholder="YYYY-MM-DD"
              required={administered}
              maxLength={10}
              error={errors.expiry?.message}
              {...form.register('expiry')}
            />
            <TextInput
              label="Manufacturer"
              required={administered}
              maxLength={100}
              error={errors.manufacturer?.message}
              {...form.register('manufacturer')}
            />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <NativeSelect
              label="Site"
              error={errors.site?.message}
              data={[
                { value: '', label: 'Not recorded' },
                ...immunizationSites.map((value) => ({ value, label: immunizationSiteLabels[value] })),
              ]}
              {...form.register('site')}
            />
            <NativeSelect
              label="Route"
              error={errors.route?.message}
              data={[
                { value: '', label: 'Not recorded' },
                ...immunizationRoutes.map((value) => ({ value, label: immunizationRouteLabels[value] })),
              ]}
              {...form.register('route')}
            />
            <TextInput
              label="Dose"
              placeholder="e.g. 0.5 mL"
              maxLength={30}
              error={errors.dose?.message}
              {...form.register('dose')}
            />
          </SimpleGrid>
          <TextInput
            label={administered ? 'Administered by' : 'Given by (person or place)'}
            required={administered}
            maxLength={200}
            error={errors.administeredBy?.message}
            {...form.register('administeredBy')}
          />
        </>
      )}
      {kind === 'refused' && (
        <AutocompleteField
          control={form.control}
          name="refusalReason"
          label="Refusal reason"
          required
          maxLength={300}
          data={refusalSuggestions}
        />
      )}
      <TextInput label="Comment" maxLength={1000} error={errors.comment?.message} {...form.register('comment')} />
    </ItemFormModal>
  );
}
