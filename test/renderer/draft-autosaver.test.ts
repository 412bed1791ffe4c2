import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DraftAutosaver } from '../../renderer/src/features/drafts/draft-autosaver';

const makeSaver = (save: (content: string) => Promise<boolean> = async () => true) => {
  const saves: string[] = [];
  const events: string[] = [];
  const saver = new DraftAutosaver({
    intervalMs: 1000,
    save: async (content) => {
      saves.push(content);
      events.push(`save:${content}`);
      return save(content);
    },
    remove: async () => {
      events.push('remove');
    },
  });
  return { saver, saves, events };
};

describe('DraftAutosaver', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('saves a pause in typing within one interval', async () => {
    const { saver, saves } = makeSaver();
    saver.update('a');
    await vi.advanceTimersByTimeAsync(999);
    expect(saves).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(saves).toEqual(['a']);
  });

  it('keeps saving about once per interval while the user types without pause', async () => {
    const { saver, saves } = makeSaver();
    for (let ms = 0; ms < 3000; ms += 100) {
      saver.update(`text-${ms}`);
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(saves).toEqual(['text-900', 'text-1900', 'text-2900']);
  });

  it('does not save content that is already stored', async () => {
    const { saver, saves } = makeSaver();
    saver.markStored('restored');
    saver.update('restored');
    await vi.advanceTimersByTimeAsync(2000);
    expect(saves).toEqual([]);
  });

  it('flushes at once, before the interval', async () => {
    const { saver, saves } = makeSaver();
    saver.update('typed just now');
    await saver.flush();
    expect(saves).toEqual(['typed just now']);
    await vi.advanceTimersByTimeAsync(2000);
    expect(saves).toEqual(['typed just now']);
  });

  it('retries a refused save at the next flush', async () => {
    let accept = false;
    const { saver, saves } = makeSaver(async () => accept);
    saver.update('x');
    await saver.flush();
    accept = true;
    await saver.flush();
    expect(saves).toEqual(['x', 'x']);
  });

  it('removes the draft only after a save already under way has finished', async () => {
    let finishSave: (kept: boolean) => void = () => {};
    const { saver, events } = makeSaver(() => new Promise((resolve) => (finishSave = resolve)));
    saver.update('slow');
    const flushed = saver.flush();
    const discarded = saver.discard();
    await Promise.resolve();
    expect(events).toEqual(['save:slow']);
    finishSave(true);
    await flushed;
    await discarded;
    expect(events).toEqual(['save:slow', 'remove']);
  });

  it('drops input waiting for its interval when discarded', async () => {
    const { saver, events } = makeSaver();
    saver.update('never kept');
    await saver.discard();
    await vi.advanceTimersByTimeAsync(2000);
    expect(events).toEqual(['remove']);
  });
});
