import { create } from 'zustand';

/**
 * The note a user has open in a chart, kept in memory (ids only, no text) so a lock brings them back
 * to the same note, as the route brings them back to the same chart. Another user, or another
 * patient's chart, never sees it.
 */
interface OpenNote {
  userId: number;
  patientId: number;
  noteId: number;
}

const useOpenNoteStore = create<{ open: OpenNote | null }>(() => ({ open: null }));

export const useOpenNoteId = (userId: number, patientId: number): number | null =>
  useOpenNoteStore((state) =>
    state.open && state.open.userId === userId && state.open.patientId === patientId ? state.open.noteId : null,
  );

export const openNote = (open: OpenNote): void => useOpenNoteStore.setState({ open });

export const closeNote = (): void => useOpenNoteStore.setState({ open: null });
