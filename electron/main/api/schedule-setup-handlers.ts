import type { ProcedureName } from '../../contract/procedures';
import { actor, type HandlerTable } from './router';

type ScheduleSetupProcedure = Extract<ProcedureName, `schedule.${string}`>;

/** Schedule setup (issue 5): thin mappings onto services/scheduling/setup. */
export const scheduleSetupHandlers: Pick<HandlerTable, ScheduleSetupProcedure> = {
  'schedule.setup': (ctx) => ctx.services.scheduleSetup.read(),
  'schedule.saveProvider': (ctx, input) => ctx.services.scheduleSetup.saveProvider(actor(ctx), input),
  'schedule.addDayOff': (ctx, input) => ctx.services.scheduleSetup.addDayOff(actor(ctx), input),
  'schedule.removeDayOff': (ctx, input) => ctx.services.scheduleSetup.removeDayOff(actor(ctx), input),
  'schedule.saveRoom': (ctx, input) => ctx.services.scheduleSetup.saveRoom(actor(ctx), input),
  'schedule.saveType': (ctx, input) => ctx.services.scheduleSetup.saveType(actor(ctx), input),
};
