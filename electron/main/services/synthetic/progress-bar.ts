/**
 * A progress bar for long generations on a terminal:
 *
 *   [#########...........] 45,000/100,000 patients · 1,230/s · ETA 45 s
 *
 * redrawn in place on a terminal (at most every 200 ms, and at the end), or written as a line every
 * ten seconds when the output is a file or a pipe. `write` is the stream's write; `now` the clock in ms.
 */
const count = (n: number) => n.toLocaleString('en-US');

const duration = (seconds: number): string => {
  if (!Number.isFinite(seconds)) return '?';
  if (seconds < 90) return `${Math.round(seconds)} s`;
  const minutes = Math.floor(seconds / 60);
  return minutes < 90
    ? `${minutes} min ${Math.round(seconds % 60)} s`
    : `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
};

export const formatProgress = (done: number, total: number, elapsedMs: number, width = 20): string => {
  const filled = total === 0 ? width : Math.round((done / total) * width);
  const rate = elapsedMs > 0 ? (done * 1000) / elapsedMs : 0;
  const tail =
    done >= total
      ? `done in ${duration(elapsedMs / 1000)}`
      : `ETA ${duration(rate > 0 ? (total - done) / rate : Number.NaN)}`;
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${count(done)}/${count(total)} patients · ${count(Math.round(rate))}/s · ${tail}`;
};

export const progressBar = (
  output: { write: (text: string) => unknown; isTTY?: boolean },
  now: () => number = () => performance.now(),
): ((done: number, total: number) => void) => {
  const started = now();
  let drawn = Number.NEGATIVE_INFINITY;
  return (done, total) => {
    const at = now();
    const finished = done >= total;
    if (!finished && at - drawn < (output.isTTY ? 200 : 10_000)) return;
    drawn = at;
    const line = formatProgress(done, total, at - started);
    output.write(output.isTTY ? `\r${line}${finished ? '\n' : ''}` : `${line}\n`);
  };
};
