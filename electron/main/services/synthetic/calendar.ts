import { addDays, addMinutes, daysBetween, timeOfMinutes } from '../scheduling/zoned-time';
import type { PlannedAppointment } from './appointment-writer';
import type { PlannedDose } from './immunization-plan';
import type { ChartRole, PatientProfile } from './patient-profile';
import type { PracticeSetting } from './practice-setting';
import type { Random } from './random';
import { type AppointmentTypeName, examRoomName, nurseRoomName, procedureRoomName } from './schedule-setup';
import type { Visit } from './visit-plan';

/**
 * One patient's appointments on the practice's calendar (the shared slot book, so nobody is ever
 * double-booked): the last year's visits, with what became of each (most checked out through the
 * patient-flow board, some missed, some cancelled), nurse visits for vaccines, and the coming year's
 * bookings. Visits the calendar has no room for still happen, as walk-ins without an appointment.
 */
type Outcome = 'happened' | 'scheduled' | 'cancelled' | 'no-show';

const cancelReasons = ['Patient request', 'Feeling better', 'Schedule conflict', 'Transportation problem', 'Weather'];

export class PatientCalendar {
  readonly appointments: PlannedAppointment[] = [];
  readonly #setting: PracticeSetting;
  readonly #book: Random;
  readonly #random: Random;
  readonly #profile: PatientProfile;
  readonly #registeredAt: string;

  /** `book` picks free slots (one stream for the whole practice); `random` is the patient's own. */
  constructor(setting: PracticeSetting, book: Random, random: Random, profile: PatientProfile, registeredAt: string) {
    this.#setting = setting;
    this.#book = book;
    this.#random = random;
    this.#profile = profile;
    this.#registeredAt = registeredAt;
  }

  /** The visits that happened: the last year's as booked (missed and cancelled ones dropped), older ones as planned. */
  bookPast(visits: readonly Visit[], role: ChartRole): Visit[] {
    const { staff, windowStart } = this.#setting;
    const random = this.#random;
    const happened: Visit[] = [];
    for (const visit of visits) {
      if (visit.date < windowStart || !visit.appointmentType) {
        happened.push(visit);
        continue;
      }
      const provider = staff.physicians[visit.physician]!;
      const slot = this.#slot(provider.userId, visit.date, visit.durationMinutes, 5, this.#profile.until);
      if (!slot) {
        happened.push(visit);
        continue;
      }
      const booked = { ...visit, date: slot.day, minute: slot.startMinute };
      const outcome: Outcome =
        role !== 'regular'
          ? 'happened'
          : random.weighted([
              ['happened', 88],
              ['no-show', 5],
              ['cancelled', 7],
            ] as const);
      const room = visit.type === 'procedure' ? procedureRoomName : examRoomName(visit.physician, random.chance(0.5));
      this.#add(booked, { providerId: provider.userId, type: visit.appointmentType, room }, outcome);
      if (outcome === 'happened') happened.push(booked);
    }
    return happened.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.minute - b.minute));
  }

  /** Vaccines given at nurse visits of their own: the doses due on one day at one visit, moved to its slot. */
  bookNurseVisits(doses: readonly PlannedDose[]): void {
    const { staff, windowStart } = this.#setting;
    const random = this.#random;
    const days = new Map<string, PlannedDose[]>();
    for (const dose of doses)
      if (dose.nurseVisit && dose.date >= windowStart) days.set(dose.date, [...(days.get(dose.date) ?? []), dose]);
    for (const [day, given] of days) {
      const nurse = staff.nurses[random.int(0, staff.nurses.length - 1)]!;
      const minutes = given.length > 2 ? 30 : 15;
      const slot = this.#slot(nurse.userId, day, minutes, 3, this.#profile.until);
      if (!slot) continue;
      for (const [n, dose] of given.entries()) {
        dose.date = slot.day;
        dose.minute = slot.startMinute + 5 + n;
      }
      this.#add(
        {
          date: slot.day,
          minute: slot.startMinute,
          durationMinutes: minutes,
          purpose: given.length > 1 ? 'Vaccines' : 'Vaccine',
        },
        { providerId: nurse.userId, type: 'Nurse visit', room: nurseRoomName },
        'happened',
      );
    }
  }

  /** The coming year's bookings: follow-ups and physicals, a few since cancelled. */
  bookFuture(visits: readonly Visit[], role: ChartRole): void {
    const { staff, anchorDate, windowEnd } = this.#setting;
    for (const visit of visits) {
      if (!visit.appointmentType) continue;
      const provider = staff.physicians[visit.physician]!;
      const slot = this.#slot(provider.userId, visit.date, visit.durationMinutes, 7, windowEnd, anchorDate);
      if (!slot) continue;
      this.#add(
        { ...visit, date: slot.day, minute: slot.startMinute },
        { providerId: provider.userId, type: visit.appointmentType, room: null },
        role === 'regular' && this.#random.chance(0.07) ? 'cancelled' : 'scheduled',
      );
    }
  }

  #slot(providerId: number, day: string, minutes: number, spread: number, toDay: string, fromDay?: string) {
    const { windowStart } = this.#setting;
    const joined = this.#profile.joinDate;
    return this.#setting.book.book(this.#book, {
      providerId,
      day,
      minutes,
      spread,
      fromDay: fromDay ?? (joined > windowStart ? joined : windowStart),
      toDay,
    });
  }

  /** An appointment with what became of it, booked by the front desk some days ahead. */
  #add(
    visit: { date: string; minute: number; durationMinutes: number; purpose: string },
    booking: { providerId: number; type: AppointmentTypeName; room: string | null },
    outcome: Outcome,
  ): void {
    const { clock, anchorDate, anchorInstant, types, rooms, staff } = this.#setting;
    const random = this.#random;
    const startsAt = clock.instant(visit.date, visit.minute);
    const endsAt = addMinutes(startsAt, visit.durationMinutes);
    const ahead = daysBetween(anchorDate, visit.date) >= 0;
    let bookedAt = clock.instant(
      addDays(visit.date, -(ahead ? random.int(1, 60) : random.int(2, 45))),
      8 * 60 + random.int(0, 540),
    );
    if (bookedAt >= anchorInstant) bookedAt = addMinutes(anchorInstant, -random.int(60, 6000));
    if (bookedAt >= startsAt) bookedAt = addMinutes(startsAt, -random.int(60, 600));
    if (bookedAt <= this.#registeredAt) bookedAt = addMinutes(this.#registeredAt, 5);
    const base = {
      providerId: booking.providerId,
      typeId: types.get(booking.type)!.id,
      startsAt,
      endsAt,
      localDate: visit.date,
      start: timeOfMinutes(visit.minute),
      end: timeOfMinutes(visit.minute + visit.durationMinutes),
      reason: visit.purpose,
      booked: { at: bookedAt, by: { role: 'frontDesk', index: 0 } as const },
    };
    if (outcome === 'scheduled') {
      this.appointments.push({ ...base, outcome: { status: 'scheduled' } });
    } else if (outcome === 'cancelled') {
      const latest = startsAt < anchorInstant ? startsAt : anchorInstant;
      const span = Math.max(1, Math.floor((Date.parse(latest) - Date.parse(bookedAt)) / 60_000) - 1);
      this.appointments.push({
        ...base,
        outcome: {
          status: 'cancelled',
          at: addMinutes(bookedAt, random.int(1, span)),
          reason: random.pick(cancelReasons),
        },
      });
    } else if (outcome === 'no-show') {
      this.appointments.push({ ...base, outcome: { status: 'no-show', at: addMinutes(startsAt, 30) } });
    } else {
      const room = (booking.room && rooms.get(booking.room)) || [...rooms.values()][0]!;
      const arrivedAt = addMinutes(startsAt, -random.int(0, 15));
      const roomedAt = addMinutes(arrivedAt, random.int(3, 15));
      this.appointments.push({
        ...base,
        outcome: {
          status: 'checked-out',
          arrivedAt,
          roomedAt,
          withProviderAt: addMinutes(roomedAt, random.int(2, 12)),
          checkedOutAt: addMinutes(endsAt, random.int(0, 20)),
          roomId: room.id,
          roomName: room.name,
          insuranceConfirmed: random.chance(0.9),
          nurse: { role: 'nurse', index: random.int(0, staff.nurses.length - 1) },
        },
      });
    }
  }
}
