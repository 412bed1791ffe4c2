import type { InputOf } from '../../../../electron/contract';
import { api } from '../../platform';
import { usePendingAction, useResource } from '../../ui';

/** Everything the setup page edits, loaded in one read (the calendar reads the same). */
export function useScheduleSetup() {
  return useResource(() => api.schedule.setup({}));
}

export function useSaveProvider() {
  return usePendingAction((input: InputOf<'schedule.saveProvider'>) => api.schedule.saveProvider(input));
}

export function useAddDayOff() {
  return usePendingAction((input: InputOf<'schedule.addDayOff'>) => api.schedule.addDayOff(input));
}

export function useRemoveDayOff() {
  return usePendingAction((input: InputOf<'schedule.removeDayOff'>) => api.schedule.removeDayOff(input));
}

export function useSaveRoom() {
  return usePendingAction((input: InputOf<'schedule.saveRoom'>) => api.schedule.saveRoom(input));
}

export function useSaveType() {
  return usePendingAction((input: InputOf<'schedule.saveType'>) => api.schedule.saveType(input));
}
