import type { ScheduleSetupDto } from '../../../../../electron/contract';
import { api } from '../../../platform';
import { useResource } from '../../../ui';
import type { Resource } from '../../../ui/useResource';

/** Providers with their hours and days off, rooms and appointment types: everything the calendar draws with. */
export const useScheduleSetup = (): Resource<ScheduleSetupDto> => useResource(() => api.schedule.setup({}));
