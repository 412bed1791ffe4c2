import { ActionIcon, Button, Group, SegmentedControl, Select, Switch, TextInput } from '@mantine/core';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import type { ProviderScheduleDto } from '../../../../../electron/contract';
import { DaySheetButton } from '../../print';

export type CalendarViewKind = 'day' | 'week' | 'month';

interface ScheduleToolbarProps {
  view: CalendarViewKind;
  onView: (view: CalendarViewKind) => void;
  date: string;
  onDate: (date: string) => void;
  onStep: (direction: -1 | 1) => void;
  onToday: () => void;
  providers: readonly ProviderScheduleDto[];
  providerId: number | null;
  onProvider: (providerId: number | null) => void;
  showCancelled: boolean;
  onShowCancelled: (show: boolean) => void;
}

const stepNames: Record<CalendarViewKind, string> = { day: 'day', week: 'week', month: 'month' };

/** Which view, which date (previous, Today, next, or any date), whose week, whether cancelled visits show, and the day sheet. */
export function ScheduleToolbar(props: ScheduleToolbarProps) {
  const { view, date, providers, providerId } = props;
  const unit = stepNames[view];
  return (
    <Group gap="sm" mb="sm" wrap="wrap" align="flex-end">
      <SegmentedControl
        aria-label="Calendar view"
        value={view}
        onChange={(value) => props.onView(value as CalendarViewKind)}
        data={[
          { value: 'day', label: 'Day' },
          { value: 'week', label: 'Week' },
          { value: 'month', label: 'Month' },
        ]}
      />
      <Group gap={4}>
        <ActionIcon variant="default" size="lg" aria-label={`Previous ${unit}`} onClick={() => props.onStep(-1)}>
          <IconChevronLeft size={18} aria-hidden />
        </ActionIcon>
        <Button variant="default" onClick={props.onToday}>
          Today
        </Button>
        <ActionIcon variant="default" size="lg" aria-label={`Next ${unit}`} onClick={() => props.onStep(1)}>
          <IconChevronRight size={18} aria-hidden />
        </ActionIcon>
      </Group>
      <TextInput
        type="date"
        aria-label="Go to date"
        value={date}
        onChange={(event) => event.currentTarget.value && props.onDate(event.currentTarget.value)}
      />
      {view !== 'day' ? (
        <Select
          aria-label="Provider"
          placeholder={view === 'month' ? 'All providers' : 'Choose a provider'}
          clearable={view === 'month'}
          allowDeselect={view === 'month'}
          data={providers.map((provider) => ({ value: String(provider.providerId), label: provider.name }))}
          value={providerId === null ? null : String(providerId)}
          onChange={(value) => props.onProvider(value ? Number(value) : null)}
          w={220}
        />
      ) : null}
      {view !== 'month' ? (
        <Switch
          label="Show cancelled"
          checked={props.showCancelled}
          onChange={(event) => props.onShowCancelled(event.currentTarget.checked)}
        />
      ) : null}
      {view === 'day' ? <DaySheetButton date={date} /> : null}
    </Group>
  );
}
