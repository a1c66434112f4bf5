import { clock, pace, progressReporter } from '../../../src/cli/progress';

/** A stream that keeps what is written, as a terminal or as a log. */
function stream(isTTY: boolean) {
  const written: string[] = [];
  return {
    written,
    stream: { isTTY, write: (text: string) => written.push(text) } as unknown as NodeJS.WriteStream,
  };
}

describe('progress of a long write', () => {
  it('writes times as m:ss, and h:mm:ss from an hour up', () => {
    expect(clock(0)).toBe('0:00');
    expect(clock(75.4)).toBe('1:15');
    expect(clock(3725)).toBe('1:02:05');
  });

  it('gives rows per second and the time the rest takes at that speed', () => {
    expect(pace(2000, 1000, 6000)).toBe('2,000 rows/s, about 0:03 left');
    expect(pace(5000, 2000, 0)).toBe('2,500 rows/s');
    expect(pace(0, 1000, 100)).toBe('');
  });

  it('shows the speed since writing began on a terminal, not counting the time before', () => {
    let t = 10_000; // reading and checking the files took ten seconds
    const out = stream(true);
    const progress = progressReporter(out.stream, () => t);
    progress.update(2000, 10_000);
    t += 1000;
    progress.update(4000, 10_000);
    expect(out.written[0]).toContain('2000/10000');
    expect(out.written[0]).not.toContain('rows/s');
    expect(out.written[1]).toContain('4000/10000 (2,000 rows/s, about 0:03 left)');
    progress.finish();
    expect(out.written.at(-1)).toBe('\r\u001b[K');
  });

  it('prints a line every 10% with the speed elsewhere, and nothing for a small write', () => {
    let t = 0;
    const out = stream(false);
    const progress = progressReporter(out.stream, () => t);
    for (let done = 1000; done <= 10_000; done += 1000) {
      progress.update(done, 10_000);
      t += 500;
    }
    expect(out.written).toHaveLength(10);
    expect(out.written[9]).toBe('  writing: 10000/10000 rows (100%, 2,000 rows/s)\n');
    const small = stream(false);
    progressReporter(small.stream).update(10, 100);
    expect(small.written).toEqual([]);
  });
});
