/**
 * Progress of a long write: a bar redrawn in place on a terminal, with rows per second and the time left,
 * a plain line every 10% elsewhere (logs, CI), and nothing for small runs, which finish before anyone would
 * read it.
 */
export const PROGRESS_THRESHOLD = 5000;

/** Whole seconds as m:ss, or h:mm:ss from an hour up. */
export function clock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const pad = (n: number) => String(n).padStart(2, '0');
  const [h, m] = [Math.floor(s / 3600), Math.floor((s % 3600) / 60)];
  return h > 0 ? `${h}:${pad(m)}:${pad(s % 60)}` : `${m}:${pad(s % 60)}`;
}

/**
 * The speed of `rows` written in `elapsedMs` and, unless all `total` are done, how long the `left` rows will
 * take at it; '' until there is a speed.
 */
export function pace(rows: number, elapsedMs: number, left: number): string {
  if (rows <= 0 || elapsedMs <= 0) return '';
  const perSecond = rows / (elapsedMs / 1000);
  const rate = `${Math.round(perSecond).toLocaleString('en-US')} rows/s`;
  return left <= 0 ? rate : `${rate}, about ${clock(left / perSecond)} left`;
}

export function progressReporter(
  stream: NodeJS.WriteStream = process.stderr,
  now: () => number = () => performance.now(),
): {
  update: (done: number, total: number) => void;
  finish: () => void;
} {
  let lastDecile = -1;
  let drawn = false;
  // Measured from the first report, when writing has begun (reading and checking the files come before).
  let first: { at: number; done: number } | undefined;
  return {
    update(done, total) {
      if (total < PROGRESS_THRESHOLD) return;
      first ??= { at: now(), done };
      const speed = pace(done - first.done, now() - first.at, total - done);
      const fraction = Math.min(1, done / total);
      if (stream.isTTY) {
        const width = 30;
        const filled = Math.round(fraction * width);
        stream.write(
          `\r\u001b[K  writing [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total}` +
            `${speed ? ` (${speed})` : ''}`,
        );
        drawn = true;
        return;
      }
      const decile = Math.floor(fraction * 10);
      if (decile > lastDecile) {
        lastDecile = decile;
        stream.write(`  writing: ${done}/${total} rows (${decile * 10}%${speed ? `, ${speed}` : ''})\n`);
      }
    },
    finish() {
      if (drawn) stream.write('\r\u001b[K');
    },
  };
}
