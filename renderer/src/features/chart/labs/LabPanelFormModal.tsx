import { zodResolver } from '@hookform/resolvers/zod';
import { ActionIcon, Button, Group, Table, Text, Textarea, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { type Resolver, useFieldArray, useForm, useWatch } from 'react-hook-form';
import {
  computeFlag,
  type LabPanelDto,
  type LabPanelFields,
  labPanelInputSchema,
  maxAnalytesPerPanel,
} from '../../../../../electron/contract';
import { ItemFormModal, type ItemFormSaveProps } from '../items/ItemFormModal';
import { LabFlagBadge } from './LabFlagBadge';

interface AnalyteRow {
  analyte: string;
  value: string;
  unit: string;
  referenceRange: string;
}

interface LabFormValues {
  name: string;
  collectedAt: string;
  orderingProvider: string;
  performingLab: string;
  comment: string;
  analytes: AnalyteRow[];
}

const panelFields = ['name', 'collectedAt', 'orderingProvider', 'performingLab', 'comment', 'analytes'] as const;
const emptyRow: AnalyteRow = { analyte: '', value: '', unit: '', referenceRange: '' };

const valuesOf = (panel: LabPanelDto | null): LabFormValues =>
  panel
    ? {
        name: panel.name,
        collectedAt: panel.collectedAt,
        orderingProvider: panel.orderingProvider,
        performingLab: panel.performingLab,
        comment: panel.comment,
        analytes: panel.observations.map((o) => ({
          analyte: o.analyte,
          value: o.value,
          unit: o.unit,
          referenceRange: o.referenceRange,
        })),
      }
    : { name: '', collectedAt: '', orderingProvider: '', performingLab: '', comment: '', analytes: [emptyRow] };

const resolver = zodResolver(labPanelInputSchema) as unknown as Resolver<LabFormValues, unknown, LabPanelFields>;

interface LabPanelFormModalProps extends ItemFormSaveProps<LabPanelFields, LabPanelDto> {
  /** The panel being edited, or null to type in a new one. */
  panel: LabPanelDto | null;
}

/**
 * Type in a panel from a lab slip: the panel, then one row per analyte. The flag is not typed: it is
 * computed from the value and the reference range, here as you type and again by the server.
 */
export function LabPanelFormModal({ panel, ...save }: LabPanelFormModalProps) {
  const form = useForm<LabFormValues, unknown, LabPanelFields>({ resolver, defaultValues: valuesOf(panel) });
  const rows = useFieldArray({ control: form.control, name: 'analytes' });
  const typed = useWatch({ control: form.control, name: 'analytes' });
  const { errors } = form.formState;
  const rowError = (index: number, field: keyof AnalyteRow) => errors.analytes?.[index]?.[field]?.message;

  return (
    <ItemFormModal
      title={panel ? `Edit results: ${panel.name}` : 'Add lab results'}
      label={panel ? 'Edit lab results' : 'Add lab results'}
      submitLabel={panel ? 'Save changes' : 'Add results'}
      form={form}
      fields={panelFields}
      {...save}
      size="xl"
    >
      <Group grow align="flex-start">
        <TextInput
          label="Panel name"
          placeholder="Basic metabolic panel"
          required
          error={errors.name?.message}
          {...form.register('name')}
        />
        <TextInput
          type="datetime-local"
          label="Collected at"
          description="When the specimen was drawn"
          required
          error={errors.collectedAt?.message}
          {...form.register('collectedAt')}
        />
      </Group>
      <Group grow align="flex-start">
        <TextInput
          label="Ordering provider"
          error={errors.orderingProvider?.message}
          {...form.register('orderingProvider')}
        />
        <TextInput label="Performing lab" error={errors.performingLab?.message} {...form.register('performingLab')} />
      </Group>

      <Table withTableBorder verticalSpacing={4} aria-label="Results">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Analyte</Table.Th>
            <Table.Th>Value</Table.Th>
            <Table.Th>Unit</Table.Th>
            <Table.Th>Reference range</Table.Th>
            <Table.Th>Flag</Table.Th>
            <Table.Th>
              <Text span size="xs" c="dimmed">
                Remove
              </Text>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.fields.map((row, index) => {
            const current = typed?.[index];
            const flag = current ? computeFlag(current.value ?? '', current.referenceRange ?? '') : '';
            return (
              <Table.Tr key={row.id}>
                <Table.Td>
                  <TextInput
                    aria-label={`Analyte ${index + 1}`}
                    placeholder="Potassium"
                    error={rowError(index, 'analyte')}
                    {...form.register(`analytes.${index}.analyte`)}
                  />
                </Table.Td>
                <Table.Td>
                  <TextInput
                    aria-label={`Value ${index + 1}`}
                    placeholder="4.2 or Negative"
                    error={rowError(index, 'value')}
                    {...form.register(`analytes.${index}.value`)}
                  />
                </Table.Td>
                <Table.Td>
                  <TextInput
                    aria-label={`Unit ${index + 1}`}
                    placeholder="mmol/L"
                    error={rowError(index, 'unit')}
                    {...form.register(`analytes.${index}.unit`)}
                  />
                </Table.Td>
                <Table.Td>
                  <TextInput
                    aria-label={`Reference range ${index + 1}`}
                    placeholder="3.5-5.1, <200, Negative"
                    error={rowError(index, 'referenceRange')}
                    {...form.register(`analytes.${index}.referenceRange`)}
                  />
                </Table.Td>
                <Table.Td aria-live="polite" aria-label={`Flag ${index + 1}`}>
                  <LabFlagBadge flag={flag} />
                </Table.Td>
                <Table.Td>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={`Remove result row ${index + 1}`}
                    disabled={rows.fields.length === 1}
                    onClick={() => rows.remove(index)}
                  >
                    <IconTrash size={16} aria-hidden />
                  </ActionIcon>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      {errors.analytes?.message && (
        <Text size="sm" c="red" role="alert">
          {errors.analytes.message}
        </Text>
      )}
      <Group>
        <Button
          variant="light"
          size="compact-sm"
          leftSection={<IconPlus size={14} aria-hidden />}
          disabled={rows.fields.length >= maxAnalytesPerPanel}
          onClick={() => rows.append(emptyRow)}
        >
          Add a result row
        </Button>
      </Group>
      <Textarea label="Comment" autosize minRows={2} error={errors.comment?.message} {...form.register('comment')} />
    </ItemFormModal>
  );
}
