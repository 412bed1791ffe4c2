import { Badge, Checkbox, Fieldset, Group, Radio, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { Controller, type UseFormReturn, useWatch } from 'react-hook-form';
import { type ReleasableItemsDto, releaseDocumentLabels } from '../../../../electron/contract';
import type { PacketDocument, ReleaseFormValues } from './release-form';

interface PacketItemsFieldsProps {
  form: UseFormReturn<ReleaseFormValues>;
  choices: ReleasableItemsDto;
}

const count = (n: number, one: string, many: string): string => `${n === 0 ? 'No' : n} ${n === 1 ? one : many}`;

/** Each fixed document with a line saying what it holds on this chart. */
const documentLines = (choices: ReleasableItemsDto): [PacketDocument, string][] => [
  ['chart-summary', 'The face sheet: active problems, medications, allergies, latest vitals and labs.'],
  ['demographics', 'Name, date of birth, contact details, emergency contact and insurance.'],
  ['problem-list', count(choices.counts.problems, 'problem', 'problems')],
  ['medication-list', count(choices.counts.medications, 'medication', 'medications')],
  ['allergy-list', count(choices.counts.allergies, 'active allergy', 'active allergies')],
  ['immunization-record', count(choices.counts.immunizations, 'immunization', 'immunizations')],
];

/** What to include in a packet: the chart's documents, its lab panels and visit notes, a referral letter. */
export function PacketItemsFields({ form, choices }: PacketItemsFieldsProps) {
  const { control, register } = form;
  const { errors } = form.formState;
  const [items, labScope] = useWatch({ control, name: ['items', 'labScope'] });
  const ticked = (kind: PacketDocument) => items.includes(kind);

  return (
    <Fieldset legend="What to include">
      <Controller
        control={control}
        name="items"
        render={({ field }) => (
          <Checkbox.Group
            ref={field.ref}
            value={field.value}
            onChange={(value) => field.onChange(value as PacketDocument[])}
            aria-label="Documents"
            error={errors.items?.message}
          >
            <Stack gap="xs">
              {documentLines(choices).map(([kind, line]) => (
                <Checkbox key={kind} value={kind} label={releaseDocumentLabels[kind]} description={line} />
              ))}
              <Checkbox
                value="lab-report"
                label={releaseDocumentLabels['lab-report']}
                description={count(choices.labPanels.length, 'lab panel', 'lab panels')}
              />
              {ticked('lab-report') && choices.labPanels.length > 0 && (
                <LabPanelChoice form={form} choices={choices} choosing={labScope === 'chosen'} />
              )}
              <VisitNoteChoice form={form} choices={choices} />
              <Checkbox
                value="referral-letter"
                label={releaseDocumentLabels['referral-letter']}
                description="A letter on the practice letterhead, with the text you write here."
              />
              {ticked('referral-letter') && (
                <Stack gap="xs" pl="xl">
                  <TextInput
                    label="Reason for referral"
                    placeholder="e.g. Cardiology consultation for exertional chest pain"
                    withAsterisk
                    maxLength={300}
                    error={errors.referral?.subject?.message}
                    {...register('referral.subject')}
                  />
                  <Textarea
                    label="Letter text"
                    withAsterisk
                    autosize
                    minRows={4}
                    maxRows={12}
                    maxLength={20_000}
                    error={errors.referral?.body?.message}
                    {...register('referral.body')}
                  />
                </Stack>
              )}
              <Checkbox
                value="disclosure-accounting"
                label={releaseDocumentLabels['disclosure-accounting']}
                description={`Every release of this chart so far: ${count(choices.counts.disclosures, 'disclosure', 'disclosures').toLowerCase()}.`}
              />
            </Stack>
          </Checkbox.Group>
        )}
      />
    </Fieldset>
  );
}

function LabPanelChoice({ form, choices, choosing }: PacketItemsFieldsProps & { choosing: boolean }) {
  const { control } = form;
  return (
    <Stack gap="xs" pl="xl">
      <Controller
        control={control}
        name="labScope"
        render={({ field }) => (
          <Radio.Group value={field.value} onChange={field.onChange} aria-label="Lab panels to report">
            <Group gap="md">
              <Radio value="all" label="All panels" />
              <Radio value="chosen" label="Choose panels" />
            </Group>
          </Radio.Group>
        )}
      />
      {choosing && (
        <Controller
          control={control}
          name="labPanelIds"
          render={({ field, fieldState }) => (
            <Checkbox.Group
              ref={field.ref}
              value={field.value}
              onChange={field.onChange}
              aria-label="Lab panels"
              error={fieldState.error?.message}
            >
              <Stack gap={4}>
                {choices.labPanels.map((panel) => (
                  <Checkbox key={panel.panelId} value={String(panel.panelId)} label={panel.label} />
                ))}
              </Stack>
            </Checkbox.Group>
          )}
        />
      )}
    </Stack>
  );
}

function VisitNoteChoice({ form, choices }: PacketItemsFieldsProps) {
  return (
    <Controller
      control={form.control}
      name="noteIds"
      render={({ field, fieldState }) => (
        <Checkbox.Group
          ref={field.ref}
          value={field.value}
          onChange={field.onChange}
          label="Visit notes"
          description={
            choices.notes.length === 0
              ? 'No visit notes on this chart.'
              : 'Unsigned notes can be released only marked PRELIMINARY.'
          }
          error={fieldState.error?.message}
          my={4}
        >
          <Stack gap={6} mt="xs">
            {choices.notes.map((note) => (
              <Checkbox
                key={note.noteId}
                value={String(note.noteId)}
                label={
                  <Group gap="xs" wrap="nowrap" component="span">
                    <Text span size="sm">
                      {note.label}
                    </Text>
                    <SignedBadge signed={note.signed} />
                  </Group>
                }
              />
            ))}
          </Stack>
        </Checkbox.Group>
      )}
    />
  );
}

/** Signed or not, in words and with an icon, never by colour alone. */
function SignedBadge({ signed }: { signed: boolean }) {
  return signed ? (
    <Badge
      variant="light"
      color="gray"
      size="sm"
      leftSection={<IconCircleCheck size={12} aria-hidden />}
      style={{ flexShrink: 0 }}
    >
      Signed
    </Badge>
  ) : (
    <Badge
      variant="outline"
      color="orange"
      size="sm"
      leftSection={<IconAlertTriangle size={12} aria-hidden />}
      style={{ flexShrink: 0 }}
    >
      Not signed
    </Badge>
  );
}
