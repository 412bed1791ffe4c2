import { Box } from '@mantine/core';
import { useElementSize } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import type { DocumentMediaType } from '../../../../../electron/contract';
import { ViewerToolbar } from './ViewerToolbar';

interface ImageViewProps {
  bytes: Uint8Array<ArrayBuffer>;
  mediaType: DocumentMediaType;
  title: string;
}

/**
 * A JPEG or PNG shown from a blob: URL made from its bytes (the CSP allows img-src blob:, and blob:
 * URLs never leave the page). The URL is revoked when the viewer closes, so the image's memory goes
 * with it.
 */
export function ImageView({ bytes, mediaType, title }: ImageViewProps) {
  const [url, setUrl] = useState<string | null>(null);
  const [zoom, setZoom] = useState(1);
  const { ref: frame, width } = useElementSize();

  useEffect(() => {
    const objectUrl = URL.createObjectURL(new Blob([bytes], { type: mediaType }));
    setUrl(objectUrl);
    return () => URL.revokeObjectURL(objectUrl);
  }, [bytes, mediaType]);

  return (
    <Box>
      <ViewerToolbar page={1} pageCount={1} onPage={() => {}} zoom={zoom} onZoom={setZoom} />
      <Box ref={frame} mt="xs" style={{ height: '70vh', overflow: 'auto', background: 'var(--mantine-color-gray-1)' }}>
        {url && width > 0 && (
          <img
            src={url}
            alt={title}
            style={{
              display: 'block',
              margin: '0 auto',
              width: Math.floor(width * zoom),
              background: 'white',
              boxShadow: '0 0 0 1px var(--mantine-color-gray-4)',
            }}
          />
        )}
      </Box>
    </Box>
  );
}
