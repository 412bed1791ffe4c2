import { useEffect } from 'react';

/** The window title names the page (for screen readers and the taskbar), never a patient. */
export function useDocumentTitle(page: string): void {
  useEffect(() => {
    document.title = `${page} · Chartroom`;
  }, [page]);
}
