import { create } from 'zustand';

interface PatientSearchStore {
  opened: boolean;
  open: () => void;
  close: () => void;
}

/** Whether the patient finder is open, shared by the Ctrl-K shortcut and any button that opens it. */
export const usePatientSearchStore = create<PatientSearchStore>((set) => ({
  opened: false,
  open: () => set({ opened: true }),
  close: () => set({ opened: false }),
}));
