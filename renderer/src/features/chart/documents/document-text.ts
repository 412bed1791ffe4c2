import {
  type DocumentCategory,
  type DocumentDto,
  documentCategories,
  documentCategoryLabels,
  documentMediaTypeLabels,
  formatFileSize,
} from '../../../../../electron/contract';

export const categoryOptions = documentCategories.map((value) => ({ value, label: documentCategoryLabels[value] }));

/** "PDF, 1.2 MB" */
export const fileSummary = (document: Pick<DocumentDto, 'mediaType' | 'byteSize'>): string =>
  `${documentMediaTypeLabels[document.mediaType]}, ${formatFileSize(document.byteSize)}`;

const fieldLabels: Record<string, string> = {
  title: 'Title',
  category: 'Kind',
  documentDate: 'Document date',
  comment: 'Comment',
};

export const fieldLabel = (field: string): string => fieldLabels[field] ?? field;

/** A stored value in the history, in words: "outside-records" reads "Outside records". */
export const historyValue = (field: string, value: string): string => {
  if (!value) return '(blank)';
  if (field === 'category' && value in documentCategoryLabels) return documentCategoryLabels[value as DocumentCategory];
  return value;
};
