/**
 * Progress of a long write: a bar redrawn in place on a terminal, a plain line every 10% elsewhere (logs,
 * CI), and nothing for small runs, which finish before anyone would read it.
 */
export const PROGRESS_THRESHOLD = 5000;

export function progressReporter(stream: NodeJS.WriteStream = process.stderr): {
  update: (done: number, total: number) => void;
  finish: () => void;
} {
  let lastDecile = -1;
  let drawn = false;
  return {
    update(done, total) {
      if (total < PROGRESS_THRESHOLD) return;
      const fraction = Math.min(1, done / total);
      if (stream.isTTY) {
        const width = 30;
        const filled = Math.round(fraction * width);
        stream.write(`\r  writing [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total}`);
        drawn = true;
        return;
      }
      const decile = Math.floor(fraction * 10);
      if (decile > lastDecile) {
        lastDecile = decile;
        stream.write(`  writing: ${done}/${total} rows (${decile * 10}%)\n`);
      }
    },
    finish() {
      if (drawn) stream.write('\r\u001b[K');
    },
  };
}
