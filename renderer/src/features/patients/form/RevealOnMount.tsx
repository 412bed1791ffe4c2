import { type ReactNode, useEffect, useRef } from 'react';

/**
 * Scrolls a message into view when it appears. A form's outcome (not saved, someone else saved first)
 * shows next to its buttons, but Ctrl+Enter can submit from a field far above them.
 */
export function RevealOnMount({ children }: { children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    box.current?.scrollIntoView({ block: 'nearest' });
  }, []);
  return (
    <div ref={box} style={{ scrollMarginTop: '11rem', scrollMarginBottom: '4rem' }}>
      {children}
    </div>
  );
}
