/**
 * Reading the bytes of a run: dataset files and the source texts they name. Every read is bounded by a
 * per-file and a per-run budget checked with fs.stat before a byte is read (so a 4 GB file is refused,
 * not loaded), text files must stay inside their dataset's folder, and the bytes must be valid UTF-8.
 */
import fs from 'node:fs';
import path from 'node:path';

const MIB = 1024 * 1024;

export interface InputLimits {
  /** The largest file (dataset or source text) read, in bytes. */
  maxFileBytes: number;
  /** The most bytes one run reads, over all its files. */
  maxTotalBytes: number;
}

/**
 * Parsing takes about 4 to 5 times a file's size in memory, and a file with errors more while its lines
 * are looked up; these defaults keep a run well inside Node's default heap of about 4 GB.
 */
export const DEFAULT_INPUT_LIMITS: InputLimits = { maxFileBytes: 128 * MIB, maxTotalBytes: 512 * MIB };

export const LIMIT_VARIABLES = {
  maxFileBytes: 'CHIPGRAPH_MAX_FILE_MB',
  maxTotalBytes: 'CHIPGRAPH_MAX_INPUT_MB',
} as const;

/** The limits, with CHIPGRAPH_MAX_FILE_MB / CHIPGRAPH_MAX_INPUT_MB (in MiB) overriding the defaults. */
export function inputLimits(
  env: NodeJS.ProcessEnv = process.env,
  overrides: Partial<InputLimits> = {},
): InputLimits {
  const limits = { ...DEFAULT_INPUT_LIMITS };
  for (const key of Object.keys(LIMIT_VARIABLES) as (keyof InputLimits)[]) {
    const name = LIMIT_VARIABLES[key];
    const raw = env[name];
    if (raw === undefined || raw === '') continue;
    const mib = Number(raw);
    if (!Number.isFinite(mib) || mib <= 0) {
      throw new Error(`${name} must be a positive number of MiB, got '${raw}'`);
    }
    limits[key] = Math.floor(mib * MIB);
  }
  return { ...limits, ...overrides };
}

export const describeBytes = (bytes: number) =>
  bytes >= MIB ? `${(bytes / MIB).toFixed(bytes % MIB === 0 ? 0 : 1)} MiB` : `${bytes} bytes`;

/** What a run has read so far, against its limits. */
export class ReadBudget {
  private used = 0;
  constructor(readonly limits: InputLimits) {}

  /** Why a file of this size may not be read, or undefined when it may (and is then counted). */
  take(size: number): string | undefined {
    const { maxFileBytes, maxTotalBytes } = this.limits;
    if (size > maxFileBytes) {
      return `the file is ${describeBytes(size)}, more than the ${describeBytes(maxFileBytes)} a file may hold (${LIMIT_VARIABLES.maxFileBytes}); split it into several files`;
    }
    if (this.used + size > maxTotalBytes) {
      return `reading this ${describeBytes(size)} file would take the run to ${describeBytes(this.used + size)}, more than the ${describeBytes(maxTotalBytes)} one run may read (${LIMIT_VARIABLES.maxTotalBytes}); seed the files in several runs`;
    }
    this.used += size;
    return undefined;
  }
}

export class ReadRefused extends Error {
  constructor(
    message: string,
    /** 1-based line in the file read, when the problem is in its bytes. */
    readonly line?: number,
  ) {
    super(message);
    this.name = 'ReadRefused';
  }
}

/** The offset of the first byte that is not valid UTF-8 (overlong forms and surrogates included), or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i += 1;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    let code = b & (0x3f >> need);
    for (let k = 1; k <= need; k += 1) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      code = (code << 6) | (c & 0x3f);
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Decodes UTF-8, refusing invalid bytes (which would otherwise become U+FFFD) with their place. */
export function decodeUtf8(bytes: Uint8Array): string {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    let line = 1;
    for (let i = 0; i < at; i += 1) if (bytes[i] === 0x0a) line += 1;
    const shown = Array.from(bytes.subarray(at, at + 4), (b) => b.toString(16).padStart(2, '0')).join(' ');
    throw new ReadRefused(
      `the file is not valid UTF-8: byte ${at} (line ${line}) starts an invalid sequence (${shown}); save it as UTF-8`,
      line,
    );
  }
}

/**
 * Reads a regular file through its descriptor: the size is checked on the open file (so it cannot be
 * swapped between check and read), and reading stops one byte past the limit, so a file that grows or
 * lies about its size (/proc reports 0) is refused instead of filling memory.
 */
export function readBoundedFile(file: string, budget: ReadBudget): string {
  const fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  try {
    const stat = fs.fstatSync(fd);
    if (!stat.isFile()) throw new ReadRefused('not a regular file (a folder, device, pipe or socket)');
    const refused = budget.take(stat.size);
    if (refused) throw new ReadRefused(refused);
    const limit = budget.limits.maxFileBytes;
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(Math.max(stat.size - total, 64 * 1024), limit + 1 - total));
      const n = fs.readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(chunk.subarray(0, n));
      total += n;
      if (total > limit) {
        throw new ReadRefused(
          `the file holds more than the ${describeBytes(limit)} a file may hold (${LIMIT_VARIABLES.maxFileBytes})`,
        );
      }
    }
    if (total > stat.size) {
      const refused = budget.take(total - stat.size);
      if (refused) throw new ReadRefused(refused);
    }
    return decodeUtf8(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total));
  } finally {
    fs.closeSync(fd);
  }
}

/** Pseudo-file systems whose "files" are the machine's state (environment, memory, devices). */
const SYSTEM_TREES = ['/proc', '/sys', '/dev'];

const inside = (folder: string, file: string) => {
  const relative = path.relative(folder, file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
};

/**
 * Where a source's textFile is, or why it may not be read: it must name a regular file inside the folder
 * of its dataset file, after following every symlink.
 */
export function confineTextFile(datasetFile: string, textFile: string): string {
  const rule =
    "a textFile must name a file inside the dataset file's folder (no '..' out of it, no absolute path elsewhere, no symlink leading out)";
  const folder = fs.realpathSync(path.dirname(path.resolve(datasetFile)));
  const wanted = path.resolve(folder, textFile);
  if (!inside(folder, wanted)) throw new ReadRefused(`'${textFile}' is outside ${folder}: ${rule}`);
  let real: string;
  try {
    real = fs.realpathSync(wanted);
  } catch {
    throw new ReadRefused(`cannot read '${textFile}' (looked for ${wanted})`);
  }
  if (!inside(folder, real)) {
    throw new ReadRefused(`'${textFile}' leads to ${real}, outside ${folder}: ${rule}`);
  }
  if (SYSTEM_TREES.some((tree) => real === tree || real.startsWith(`${tree}/`))) {
    throw new ReadRefused(`'${textFile}' is in ${real.split('/').slice(0, 2).join('/')}: ${rule}`);
  }
  return real;
}
