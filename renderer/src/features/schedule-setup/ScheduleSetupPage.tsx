import { Alert, Button, Loader, Tabs } from '@mantine/core';
import type { AppointmentTypeDto, ProviderScheduleDto, RoomDto, ScheduleSetupDto } from '../../../../electron/contract';
import { PageHeader } from '../../ui';
import { ProvidersSection } from './ProvidersSection';
import { RoomsSection } from './RoomsSection';
import { TypesSection } from './TypesSection';
import { useScheduleSetup } from './use-schedule-setup';

const byName = <T extends { name: string }>(rows: T[]): T[] => [...rows].sort((a, b) => a.name.localeCompare(b.name));
const upsert = <T,>(rows: T[], row: T, same: (a: T) => boolean): T[] =>
  rows.some(same) ? rows.map((r) => (same(r) ? row : r)) : [...rows, row];

/** The office manager's schedule setup: providers' weeks and days off, rooms, appointment types. */
export function ScheduleSetupPage() {
  const setup = useScheduleSetup();
  const change = (update: (current: ScheduleSetupDto) => ScheduleSetupDto) =>
    setup.setData((current) => (current ? update(current) : current));
  const savedProvider = (saved: ProviderScheduleDto) =>
    change((s) => ({ ...s, providers: upsert(s.providers, saved, (p) => p.providerId === saved.providerId) }));
  const savedRoom = (saved: RoomDto) =>
    change((s) => ({ ...s, rooms: byName(upsert(s.rooms, saved, (r) => r.id === saved.id)) }));
  const savedType = (saved: AppointmentTypeDto) =>
    change((s) => ({ ...s, types: byName(upsert(s.types, saved, (t) => t.id === saved.id)) }));

  return (
    <>
      <PageHeader
        title="Schedule setup"
        description={
          setup.data
            ? `Who can be booked and when, the rooms, and the kinds of appointment. Times are in ${setup.data.timeZone} (change it in Practice settings).`
            : 'Who can be booked and when, the rooms, and the kinds of appointment.'
        }
      />
      {setup.data ? (
        <Tabs defaultValue="providers" keepMounted={false}>
          <Tabs.List mb="md">
            <Tabs.Tab value="providers">Providers</Tabs.Tab>
            <Tabs.Tab value="rooms">Rooms</Tabs.Tab>
            <Tabs.Tab value="types">Appointment types</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="providers">
            <ProvidersSection providers={setup.data.providers} onSaved={savedProvider} />
          </Tabs.Panel>
          <Tabs.Panel value="rooms">
            <RoomsSection rooms={setup.data.rooms} onSaved={savedRoom} />
          </Tabs.Panel>
          <Tabs.Panel value="types">
            <TypesSection types={setup.data.types} providers={setup.data.providers} onSaved={savedType} />
          </Tabs.Panel>
        </Tabs>
      ) : setup.error ? (
        <Alert color="red" title="Could not load the schedule setup">
          {setup.error}{' '}
          <Button variant="subtle" size="compact-sm" onClick={() => void setup.reload()}>
            Try again
          </Button>
        </Alert>
      ) : (
        <Loader size="sm" aria-label="Loading the schedule setup" />
      )}
    </>
  );
}
