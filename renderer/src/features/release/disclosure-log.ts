import { create } from 'zustand';

/**
 * How many disclosures this window has recorded per patient, so an open Disclosures section reads
 * the log again when a packet is printed, saved or exported from the chart banner.
 */
const useRecordedCounts = create<Record<number, number>>(() => ({}));

export const noteDisclosureRecorded = (patientId: number): void =>
  useRecordedCounts.setState((counts) => ({ [patientId]: (counts[patientId] ?? 0) + 1 }));

export const useRecordedCount = (patientId: number): number => useRecordedCounts((counts) => counts[patientId] ?? 0);
