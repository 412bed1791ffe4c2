import { Alert, Box } from '@mantine/core';
import { useElementSize } from '@mantine/hooks';
import { useEffect, useRef, useState } from 'react';
import type { DocumentMediaType } from '../../../../../electron/contract';
import { LoadingLine } from '../LoadStatus';
import { openPageSource, type PageSource } from './page-source';
import { ViewerToolbar } from './ViewerToolbar';

interface PagedViewProps {
  bytes: Uint8Array;
  mediaType: DocumentMediaType;
  /** The document's title, for each page's accessible name. */
  title: string;
}

/** A PDF or TIFF, one page at a time, with page navigation and zoom; the decoder is freed on close. */
export function PagedView({ bytes, mediaType, title }: PagedViewProps) {
  const [source, setSource] = useState<PageSource | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [page, setPage] = useState(1);
  const [zoom, setZoom] = useState(1);
  const { ref: frame, width } = useElementSize();
  const canvas = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    let opened: PageSource | null = null;
    let cancelled = false;
    openPageSource(bytes, mediaType).then(
      (result) => {
        opened = result;
        if (cancelled) void result.close();
        else setSource(result);
      },
      (reason: unknown) => {
        if (!cancelled) setError(reason instanceof Error ? reason.message : String(reason));
      },
    );
    return () => {
      cancelled = true;
      void opened?.close();
    };
  }, [bytes, mediaType]);

  useEffect(() => {
    if (!source || !canvas.current || width === 0) return;
    source.draw(page, canvas.current, width * zoom).catch((reason: unknown) => {
      setError(`Page ${page} could not be drawn: ${reason instanceof Error ? reason.message : String(reason)}`);
    });
  }, [source, page, width, zoom]);

  if (error) {
    return (
      <Alert color="red" variant="light" title="This document cannot be shown">
        {error}
      </Alert>
    );
  }
  return (
    <Box>
      {source ? (
        <ViewerToolbar page={page} pageCount={source.pageCount} onPage={setPage} zoom={zoom} onZoom={setZoom} />
      ) : (
        <LoadingLine>Opening the document…</LoadingLine>
      )}
      <Box ref={frame} mt="xs" style={{ height: '70vh', overflow: 'auto', background: 'var(--mantine-color-gray-1)' }}>
        <canvas
          ref={canvas}
          role="img"
          aria-label={source ? `${title}, page ${page} of ${source.pageCount}` : title}
          style={{
            display: 'block',
            margin: '0 auto',
            background: 'white',
            boxShadow: '0 0 0 1px var(--mantine-color-gray-4)',
          }}
        />
      </Box>
    </Box>
  );
}
