import { zodResolver } from '@hookform/resolvers/zod';
import { FileInput, NativeSelect, Text, TextInput } from '@mantine/core';
import { IconFileUpload } from '@tabler/icons-react';
import { Controller, type Resolver, useForm } from 'react-hook-form';
import { z } from 'zod';
import {
  type DocumentDto,
  type DocumentFields,
  documentFileExtensions,
  documentInputSchema,
  documentMediaTypes,
  type Result,
} from '../../../../../electron/contract';
import { ItemFormModal } from '../items/ItemFormModal';
import { categoryOptions, fileSummary } from './document-text';
import { fileSizeProblem, titleFromFileName } from './file-transfer';

interface DocumentFormValues {
  file: File | null;
  title: string;
  category: string;
  documentDate: string;
  comment: string;
}
type DocumentFormOutput = DocumentFields & { file: File | null };

const accept = [...documentMediaTypes, ...Object.values(documentFileExtensions).flat()].join(',');

/** The details, plus the file when importing; the size is checked here before anything is sent. */
const schemaFor = (importing: boolean) =>
  documentInputSchema.extend({
    file: importing
      ? z
          .instanceof(File, { error: 'Pick the scanned file (PDF, JPEG, PNG or TIFF).' })
          .superRefine((file, context) => {
            const problem = fileSizeProblem(file);
            if (problem) context.addIssue({ code: 'custom', message: problem });
          })
      : z.null(),
  });

const fields = ['file', 'title', 'category', 'documentDate', 'comment'] as const;

type DocumentFormModalProps = {
  pending: boolean;
  onClose: () => void;
  onSaved: (document: DocumentDto) => void;
} & (
  | { document: null; onImport: (file: File, item: DocumentFields) => Promise<Result<DocumentDto>> }
  | { document: DocumentDto; onUpdate: (item: DocumentFields) => Promise<Result<DocumentDto>> }
);

/** Import a file with its details, or edit the details of one already imported (the file never changes). */
export function DocumentFormModal(props: DocumentFormModalProps) {
  const { document, pending, onClose, onSaved } = props;
  const importing = document === null;
  const save = ({ file, ...item }: DocumentFormOutput) =>
    props.document === null
      ? // The import schema refuses the form without a file, so one is always there here.
        props.onImport(file as File, item)
      : props.onUpdate(item);
  const form = useForm<DocumentFormValues, unknown, DocumentFormOutput>({
    resolver: zodResolver(schemaFor(importing)) as unknown as Resolver<DocumentFormValues, unknown, DocumentFormOutput>,
    defaultValues: document
      ? {
          file: null,
          title: document.title,
          category: document.category,
          documentDate: document.documentDate,
          comment: document.comment,
        }
      : { file: null, title: '', category: '', documentDate: '', comment: '' },
  });
  const { errors } = form.formState;

  return (
    <ItemFormModal
      title={importing ? 'Import a document' : `Edit document: ${document.title}`}
      label={importing ? 'Import document' : 'Edit document'}
      submitLabel={importing ? 'Import' : 'Save changes'}
      form={form}
      fields={fields}
      pending={pending}
      onSave={save}
      onSaved={onSaved}
      onClose={onClose}
    >
      {importing ? (
        <Controller
          control={form.control}
          name="file"
          render={({ field, fieldState }) => (
            <FileInput
              label="File"
              description="A PDF, JPEG, PNG or TIFF of up to 20 MB. It is stored encrypted with the chart."
              placeholder="Choose a file…"
              required
              clearable
              accept={accept}
              leftSection={<IconFileUpload size={16} aria-hidden />}
              value={field.value}
              onBlur={field.onBlur}
              error={fieldState.error?.message}
              onChange={(file) => {
                field.onChange(file);
                if (file && !form.getValues('title')) form.setValue('title', titleFromFileName(file.name));
                void form.trigger('file');
              }}
              data-autofocus
            />
          )}
        />
      ) : (
        <Text size="sm" c="dimmed">
          File: {document.fileName} ({fileSummary(document)}). The file itself never changes; import a new one if it was
          wrong.
        </Text>
      )}
      <TextInput label="Title" required maxLength={200} error={errors.title?.message} {...form.register('title')} />
      <NativeSelect
        label="Kind of document"
        required
        data={[{ value: '', label: 'Pick one…' }, ...categoryOptions]}
        error={errors.category?.message}
        {...form.register('category')}
      />
      <TextInput
        label="Document date"
        description="The date on the document (the visit, the letter, the scan), not today's. YYYY-MM-DD."
        placeholder="YYYY-MM-DD"
        required
        maxLength={10}
        error={errors.documentDate?.message}
        {...form.register('documentDate')}
      />
      <TextInput label="Comment" maxLength={1000} error={errors.comment?.message} {...form.register('comment')} />
    </ItemFormModal>
  );
}
