import { Alert, Group, Loader, Text } from '@mantine/core';
import { PageHeader } from '../../ui';
import { CalendarBoard } from './calendar/CalendarBoard';
import { MonthView } from './calendar/MonthView';
import { type CalendarViewKind, ScheduleToolbar } from './calendar/ScheduleToolbar';
import { usePracticeNow } from './hooks/use-practice-now';
import { useScheduleSetup } from './hooks/use-schedule-setup';
import { addDays, addMonths, formatLongDay, formatMonth, monthOf, weekDates } from './model/calendar-dates';
import { setScheduleView, useScheduleView } from './schedule-view-store';

export interface SchedulePageProps {
  onOpenChart?: (patientId: number) => void;
}

/** The calendar: a day for every provider, a week for one, or a month of counts, and booking on all of them. */
export function SchedulePage({ onOpenChart }: SchedulePageProps) {
  const setup = useScheduleSetup();
  const now = usePracticeNow(setup.data?.timeZone ?? '');
  const state = useScheduleView();
  const date = state.date ?? now.date;

  if (setup.loading && !setup.data)
    return (
      <Group gap="xs">
        <Loader size="sm" aria-hidden />
        <Text role="status">Loading the schedule…</Text>
      </Group>
    );
  if (!setup.data)
    return (
      <Alert color="red" variant="light" title="The schedule could not be loaded">
        {setup.error}
      </Alert>
    );

  const providers = setup.data.providers.filter((provider) => provider.active);
  const weekProviderId = state.providerId ?? providers[0]?.providerId ?? null;
  const step = (direction: -1 | 1) => {
    const next =
      state.view === 'month'
        ? addMonths(date, direction)
        : addDays(date, state.view === 'week' ? 7 * direction : direction);
    setScheduleView({ date: next });
  };
  const title =
    state.view === 'month'
      ? formatMonth(monthOf(date))
      : state.view === 'week'
        ? `Week of ${formatLongDay(weekDates(date)[0]!)}`
        : formatLongDay(date);

  return (
    <div>
      <PageHeader
        title="Schedule"
        description={date === now.date && state.view === 'day' ? `${title} · Today` : title}
      />
      <ScheduleToolbar
        view={state.view}
        onView={(view: CalendarViewKind) => setScheduleView({ view })}
        date={date}
        onDate={(next) => setScheduleView({ date: next })}
        onStep={step}
        onToday={() => setScheduleView({ date: now.date })}
        providers={providers}
        providerId={state.view === 'week' ? weekProviderId : state.providerId}
        onProvider={(providerId) => setScheduleView({ providerId })}
        showCancelled={state.showCancelled}
        onShowCancelled={(showCancelled) => setScheduleView({ showCancelled })}
      />
      {state.view === 'month' ? (
        <MonthView
          month={monthOf(date)}
          providers={setup.data.providers}
          providerIds={state.providerId === null ? undefined : [state.providerId]}
          today={now.date}
          onOpenDay={(day) => setScheduleView({ date: day, view: 'day' })}
        />
      ) : (
        <CalendarBoard
          setup={setup.data}
          view={
            state.view === 'week' && weekProviderId !== null
              ? { kind: 'week', providerId: weekProviderId }
              : { kind: 'day' }
          }
          date={date}
          now={now}
          showCancelled={state.showCancelled}
          onDate={(next) => setScheduleView({ date: next })}
          onOpenWeek={(providerId) => setScheduleView({ view: 'week', providerId })}
          onOpenChart={onOpenChart}
        />
      )}
    </div>
  );
}
