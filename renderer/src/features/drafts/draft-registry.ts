type Flush = () => Promise<void>;

/** Every mounted autosaving form, so the idle lock can save them all before the screen locks. */
const flushes = new Set<Flush>();

export const registerDraftFlush = (flush: Flush): (() => void) => {
  flushes.add(flush);
  return () => {
    flushes.delete(flush);
  };
};

/** Save every form's unsaved input now. Never rejects: a failed save must not stop the lock. */
export const flushAllDrafts = async (): Promise<void> => {
  await Promise.allSettled([...flushes].map((flush) => flush()));
};
