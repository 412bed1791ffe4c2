import { Alert, Box, Button, Group, Image, Modal, Stack, Text } from '@mantine/core';
import { IconDownload, IconPrinter, IconSend } from '@tabler/icons-react';
import { type ReactNode, useEffect, useMemo, useState } from 'react';
import type { PrintedDocumentDto } from '../../../../electron/contract';
import { PrintSheet } from '../../ui';
import { base64ToBytes } from '../chart';
import { drawPrintedPages, type PrintedPages, saveFile } from './printed-pages';

interface PrintPreviewModalProps {
  /** What is being printed, e.g. "Day sheet, Monday, March 9, 2026". */
  title: string;
  printed: PrintedDocumentDto;
  onClose: () => void;
  /**
   * Runs before the pages leave the app, e.g. a release records its disclosure first. It answers null
   * to let them go, or what went wrong, which stops them and is shown above the pages.
   */
  beforeOutput?: (output: PrintOutput) => Promise<string | null>;
  /** Offer "Save for fax" as well: a records packet is ready for a fax machine or an e-fax service. */
  offerFax?: boolean;
  /** Shown above the pages, e.g. which notes are printed marked PRELIMINARY. */
  notice?: ReactNode;
}

/** How the pages leave the app: on paper, as a saved PDF, or as a PDF saved to be faxed. */
export type PrintOutput = 'print' | 'pdf' | 'fax';

/**
 * The paged print preview (issue 6 "Preview, print, save"): every page of the PDF the main process
 * rendered, then "Save as PDF" (the browser's or Electron's save dialog) or "Print" (the operating
 * system's print dialog, which prints the same page images and nothing else of the app). The pages
 * live in memory only and are freed when the preview closes.
 */
export function PrintPreviewModal({ title, printed, onClose, beforeOutput, offerFax, notice }: PrintPreviewModalProps) {
  const bytes = useMemo(() => base64ToBytes(printed.pdfBase64), [printed.pdfBase64]);
  const [pages, setPages] = useState<PrintedPages | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [leaving, setLeaving] = useState<PrintOutput | null>(null);
  const [outputError, setOutputError] = useState<string | null>(null);

  useEffect(() => {
    let drawn: PrintedPages | null = null;
    let cancelled = false;
    drawPrintedPages(bytes).then(
      (result) => {
        drawn = result;
        if (cancelled) result.release();
        else setPages(result);
      },
      (reason: unknown) => {
        if (!cancelled) setError(reason instanceof Error ? reason.message : String(reason));
      },
    );
    return () => {
      cancelled = true;
      drawn?.release();
    };
  }, [bytes]);

  const output = async (how: PrintOutput) => {
    setOutputError(null);
    if (beforeOutput) {
      setLeaving(how);
      const problem = await beforeOutput(how).finally(() => setLeaving(null));
      if (problem) {
        setOutputError(problem);
        return;
      }
    }
    if (how === 'print') window.print();
    else saveFile(bytes, printed.fileName, 'application/pdf');
  };

  const pageWord = printed.pageCount === 1 ? 'page' : 'pages';
  return (
    <Modal opened onClose={onClose} title={title} size="min(960px, 95vw)" centered>
      <Stack gap="sm">
        <Group justify="space-between">
          <Text size="sm" aria-live="polite">
            {pages ? `${printed.pageCount} ${pageWord}, US Letter` : 'Drawing the pages…'}
          </Text>
          <Group gap="xs">
            {offerFax && (
              <Button
                variant="default"
                leftSection={<IconSend size={16} aria-hidden />}
                loading={leaving === 'fax'}
                disabled={leaving !== null}
                onClick={() => void output('fax')}
              >
                Save for fax
              </Button>
            )}
            <Button
              variant="default"
              leftSection={<IconDownload size={16} aria-hidden />}
              loading={leaving === 'pdf'}
              disabled={leaving !== null}
              onClick={() => void output('pdf')}
            >
              Save as PDF
            </Button>
            <Button
              leftSection={<IconPrinter size={16} aria-hidden />}
              loading={leaving === 'print'}
              disabled={!pages || leaving !== null}
              onClick={() => void output('print')}
            >
              Print
            </Button>
          </Group>
        </Group>
        {notice}
        {outputError && (
          <Alert color="red" variant="light" role="alert" title="Not printed or saved">
            {outputError}
          </Alert>
        )}
        {error && (
          <Alert color="red" variant="light" title="The preview cannot be shown">
            {error} You can still save the PDF and print it from another program.
          </Alert>
        )}
        <Box
          data-testid="print-preview-pages"
          style={{ maxHeight: '72vh', overflow: 'auto', background: 'var(--mantine-color-gray-2)', padding: 12 }}
        >
          <Stack gap="md" align="center">
            {pages?.urls.map((url, index) => (
              <Image
                key={url}
                src={url}
                alt={`${title}, page ${index + 1} of ${printed.pageCount}`}
                w="100%"
                maw={816}
                style={{ background: 'white', boxShadow: '0 0 0 1px var(--mantine-color-gray-5)' }}
              />
            ))}
          </Stack>
        </Box>
      </Stack>
      {pages && (
        <PrintSheet>
          {/* The images already hold the page margins, the letterhead and the footer: print them edge to edge. */}
          <style>{'@page { size: letter; margin: 0; }'}</style>
          {pages.urls.map((url, index) => (
            <img
              key={url}
              src={url}
              alt={`Page ${index + 1} of ${printed.pageCount}`}
              style={{ display: 'block', width: '100%', breakAfter: index < pages.urls.length - 1 ? 'page' : 'auto' }}
            />
          ))}
        </PrintSheet>
      )}
    </Modal>
  );
}
