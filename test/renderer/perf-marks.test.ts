import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { chartPaint, paintMeasures, searchPaint } from '../../renderer/src/ui/perf-marks';

/**
 * The timing rules behind the bench's renderer numbers. Node has the User Timing API and MessageChannel
 * but draws no frames, so here a frame is the next timer; the E2E finder spec sees the real paints.
 */
beforeAll(() => {
  globalThis.requestAnimationFrame ??= (callback) => setTimeout(() => callback(performance.now()), 0) as never;
});
afterEach(() => {
  performance.clearMarks();
  performance.clearMeasures();
});

const painted = () => new Promise((resolve) => setTimeout(resolve, 20));
const measured = (name: string) => performance.getEntriesByName(name, 'measure');

describe('search: keystroke to results painted', () => {
  it('measures from the keystroke to the paint after the answer for that text is committed', async () => {
    searchPaint.start('smi');
    await new Promise((resolve) => setTimeout(resolve, 15));
    searchPaint.finish('smi');
    expect(measured(paintMeasures.search)).toHaveLength(0);
    await painted();
    const [measure, ...more] = measured(paintMeasures.search);
    expect(more).toHaveLength(0);
    expect(measure!.duration).toBeGreaterThanOrEqual(14);
  });

  it('measures nothing for an answer to text that a later keystroke replaced', async () => {
    searchPaint.start('smi');
    searchPaint.start('smit');
    searchPaint.finish('smi');
    await painted();
    expect(measured(paintMeasures.search)).toHaveLength(0);
    searchPaint.finish('smit');
    await painted();
    expect(measured(paintMeasures.search)).toHaveLength(1);
  });

  it('measures one keystroke once, however often its answer renders', async () => {
    searchPaint.start('chen');
    searchPaint.finish('chen');
    searchPaint.finish('chen');
    await painted();
    expect(measured(paintMeasures.search)).toHaveLength(1);
  });
});

describe('chart: click to face sheet painted', () => {
  it('measures nothing when the face sheet left the screen before it showed', async () => {
    chartPaint.start(7);
    chartPaint.abandon(7);
    chartPaint.finish(7);
    await painted();
    expect(measured(paintMeasures.chart)).toHaveLength(0);
  });

  it('keeps timing the open chart when another patient’s face sheet goes away', async () => {
    chartPaint.start(8);
    chartPaint.abandon(7);
    chartPaint.finish(8);
    await painted();
    expect(measured(paintMeasures.chart)).toHaveLength(1);
  });
});

it('records fixed names only: no query text, patient id or detail in the timeline', async () => {
  searchPaint.start('Núñez 3/4/80');
  searchPaint.finish('Núñez 3/4/80');
  chartPaint.start(4242);
  await painted();
  chartPaint.finish(4242);
  await painted();
  const entries = [...performance.getEntriesByType('mark'), ...performance.getEntriesByType('measure')];
  for (const entry of entries) {
    expect(['search: keystroke', 'chart: open clicked', ...Object.values(paintMeasures)]).toContain(entry.name);
    expect((entry as PerformanceMeasure).detail).toBeNull();
  }
  expect(entries.map((entry) => entry.name)).toEqual(expect.arrayContaining(Object.values(paintMeasures)));
  const timeline = JSON.stringify(entries);
  expect(timeline).not.toContain('Núñez');
  expect(timeline).not.toContain('4242');
});
