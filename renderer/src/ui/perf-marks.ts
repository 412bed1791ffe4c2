import { useLayoutEffect } from 'react';

/**
 * User Timing marks for the two moments a clinic judges an EMR by (ARCHITECTURE.md section 9), read by
 * `npm run bench` (scripts/bench/paint-bench.ts) and visible in any Chromium's performance panel. The
 * names are fixed and nothing else is recorded: no query text, no patient id, no detail (no PHI leaves
 * the page through a profile or a trace). Each costs one mark, one measure and one frame callback.
 */
export const paintMeasures = {
  search: 'search: keystroke to results painted',
  chart: 'chart: click to face sheet painted',
} as const;

/**
 * Runs `done` once the frame that shows the DOM committed now has been painted. A requestAnimationFrame
 * callback runs just before that frame's style, layout and paint; a task posted from it runs right after
 * them. Two nested rAFs would end a whole frame later (about 16 ms too long), and a plain task could run
 * before the frame. MessageChannel rather than setTimeout: no minimum delay and no timer clamping.
 */
const afterNextPaint = (done: () => void): void => {
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      done();
    };
    channel.port2.postMessage(null);
  });
};

/** The browser keeps every measure until told otherwise; a window left open for weeks keeps this many. */
const keptMeasures = 1000;

/**
 * Times from a user's action to the paint of what it asked for. `start` marks the action with the key of
 * what it asks for (the query, the patient); `finish` with the key of what was just committed to the DOM
 * measures after the next paint, and only if that is what the latest action asked for: an answer to an
 * action that a later one superseded measures nothing. `abandon` forgets an action whose screen went away.
 */
export interface PaintTiming {
  start(key: string | number): void;
  finish(key: string | number): void;
  abandon(key: string | number): void;
}

const paintTiming = (measure: string, startMark: string): PaintTiming => {
  let pending: { key: string | number; at: number } | null = null;
  let recorded = 0;
  return {
    start(key) {
      pending = { key, at: performance.mark(startMark).startTime };
    },
    finish(key) {
      if (pending?.key !== key) return;
      const { at } = pending;
      pending = null;
      afterNextPaint(() => {
        if (++recorded > keptMeasures) {
          performance.clearMeasures(measure);
          recorded = 1;
        }
        performance.measure(measure, { start: at, end: performance.now() });
        // The start time is kept above; the marks themselves would pile up with every keystroke.
        performance.clearMarks(startMark);
      });
    },
    abandon(key) {
      if (pending?.key === key) pending = null;
    },
  };
};

export const searchPaint = paintTiming(paintMeasures.search, 'search: keystroke');
export const chartPaint = paintTiming(paintMeasures.chart, 'chart: open clicked');

/**
 * Finishes `timing` for `key` when `shown` first commits, and abandons it if the component leaves the
 * screen before that (e.g. the user moved to another tab while it loaded).
 */
export const usePaintTiming = (timing: PaintTiming, key: string | number, shown: boolean): void => {
  useLayoutEffect(() => {
    if (shown) timing.finish(key);
  }, [timing, key, shown]);
  useLayoutEffect(() => () => timing.abandon(key), [timing, key]);
};
