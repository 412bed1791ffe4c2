export interface DraftAutosaverOptions {
  /** Store the draft; resolves true when it was kept. */
  save: (content: string) => Promise<boolean>;
  /** Remove the stored draft. */
  remove: () => Promise<void>;
  /** Called when a save starts or the last one in flight ends. */
  onSavingChange?: (saving: boolean) => void;
  /**
   * How long a change may wait before it is saved. Typing continuously saves about once per
   * interval, and a pause saves within one interval, so with a quick store nothing typed is more
   * than ~2 s old (PRODUCT.md: "never lose a keystroke").
   */
  intervalMs?: number;
}

/**
 * The timing and ordering of draft saves, kept apart from React so it can be tested with fake timers.
 * Saves and the final discard run one after another, so a slow save can never land after a discard
 * and bring a finished draft back.
 */
export class DraftAutosaver {
  private readonly options: DraftAutosaverOptions;
  private readonly intervalMs: number;
  /** Content waiting to be saved, or null when there is nothing new. */
  private pending: string | null = null;
  /** Content known to be in the store, so unchanged input is not saved again. */
  private stored: string | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private queue: Promise<void> = Promise.resolve();
  private inFlight = 0;

  constructor(options: DraftAutosaverOptions) {
    this.options = options;
    this.intervalMs = options.intervalMs ?? 1000;
  }

  /** The draft already in the store (e.g. just restored), so it is not written back unchanged. */
  markStored(content: string): void {
    this.stored = content;
  }

  /** The form now holds `content`; it will be saved within one interval unless it is already stored. */
  update(content: string): void {
    if (content === this.stored) {
      this.pending = null;
      return;
    }
    this.pending = content;
    // The timer is not restarted on every keystroke: a steady typist still gets a save each interval.
    this.timer ??= setTimeout(() => {
      this.timer = null;
      void this.flush();
    }, this.intervalMs);
  }

  /** Save whatever is waiting now; resolves once every save started so far has finished. */
  flush(): Promise<void> {
    this.clearTimer();
    const content = this.pending;
    if (content === null) return this.queue;
    this.pending = null;
    this.queue = this.queue.then(() => this.saveNow(content));
    return this.queue;
  }

  /** Drop anything waiting and remove the stored draft, after any save already under way. */
  discard(): Promise<void> {
    this.clearTimer();
    this.pending = null;
    this.queue = this.queue.then(async () => {
      await this.options.remove().catch(() => undefined);
      this.stored = null;
    });
    return this.queue;
  }

  private async saveNow(content: string): Promise<void> {
    if (content === this.stored) return;
    this.setInFlight(1);
    try {
      const kept = await this.options.save(content).catch(() => false);
      if (kept) this.stored = content;
      // A refused save stays pending (unless newer input replaced it) so the next flush retries it.
      else this.pending ??= content;
    } finally {
      this.setInFlight(-1);
    }
  }

  private setInFlight(delta: 1 | -1): void {
    const before = this.inFlight;
    this.inFlight += delta;
    if ((before === 0) !== (this.inFlight === 0)) this.options.onSavingChange?.(this.inFlight > 0);
  }

  private clearTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }
}
