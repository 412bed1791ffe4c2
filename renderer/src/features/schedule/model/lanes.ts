import { minutesOf } from './time-grid';

interface Timed {
  id: number;
  start: string;
  end: string;
}

export interface Lane {
  /** Which side-by-side lane the appointment takes (0 = leftmost). */
  lane: number;
  /** How many lanes its cluster of overlapping appointments needs. */
  lanes: number;
}

/**
 * Overlapping appointments (double-booked on purpose) sit side by side instead of on top of each
 * other: each cluster of overlaps is split into as many lanes as its busiest moment needs.
 */
export const layOutLanes = (appointments: readonly Timed[]): Map<number, Lane> => {
  const sorted = [...appointments].sort(
    (a, b) => minutesOf(a.start) - minutesOf(b.start) || minutesOf(b.end) - minutesOf(a.end),
  );
  const result = new Map<number, Lane>();
  let cluster: { id: number; lane: number }[] = [];
  let laneEnds: number[] = [];
  let clusterEnd = -1;
  const closeCluster = () => {
    for (const member of cluster) result.set(member.id, { lane: member.lane, lanes: laneEnds.length });
    cluster = [];
    laneEnds = [];
  };
  for (const appointment of sorted) {
    const start = minutesOf(appointment.start);
    const end = Math.max(minutesOf(appointment.end), start + 1);
    if (start >= clusterEnd) closeCluster();
    let lane = laneEnds.findIndex((laneEnd) => laneEnd <= start);
    if (lane === -1) lane = laneEnds.push(end) - 1;
    else laneEnds[lane] = end;
    cluster.push({ id: appointment.id, lane });
    clusterEnd = Math.max(clusterEnd, end);
  }
  closeCluster();
  return result;
};
