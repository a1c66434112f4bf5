/**
 * Learning the data version (src/db/data-version.ts): one tiny auto-commit read every POLL_MS, in the
 * background. A version is trusted for MAX_AGE_MS after the read that found it began, so an answer keyed by
 * it is never older than that: a commit made before the read began is in what the read saw. A commit made
 * through this process's own gateway is known at once: the version is not trusted again until a read that
 * began after it. When Neo4j does not answer, the version goes stale and the cache steps aside until a read
 * succeeds again.
 */
import type { Gateway } from '../db';
import type { Logger } from '../logger';

/** How often the version is read. */
export const POLL_MS = 500;
/** How long a version read is trusted: POLL_MS plus time for the read itself. */
export const MAX_AGE_MS = 1000;

export class VersionWatcher {
  private token: string | undefined;
  /** When the read that found `token` began (ms since the epoch). */
  private readAt = 0;
  /** The gateway's commit count when that read began. */
  private commitsAt = -1;
  private timer: NodeJS.Timeout | undefined;
  private polling: Promise<void> | undefined;
  private failing = false;
  private stopped = true;

  constructor(
    private readonly gateway: Gateway,
    private readonly logger: Logger,
    /** Called with each new token, after the first. */
    private readonly onChange: (token: string) => void = () => undefined,
  ) {}

  /**
   * Starts reading the version in the background. It does not wait for the first read: an API whose Neo4j
   * is down starts all the same (and says so on /ready), its cache stepping aside until a read succeeds.
   */
  start(): void {
    this.stopped = false;
    void this.poll();
    // The timer keeps no process alive: a program that forgets stop() still exits.
    this.timer = setInterval(() => void this.poll(), POLL_MS).unref();
  }

  /** Stops reading, once a read under way has ended (so that none outlives the driver). */
  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    this.timer = undefined;
    await this.polling;
  }

  /**
   * The version's token, when it was read less than MAX_AGE_MS ago and this process has committed nothing
   * since; otherwise undefined (and after a commit of ours, a read is started at once).
   */
  current(now = Date.now()): string | undefined {
    if (this.gateway.commits !== this.commitsAt) {
      if (!this.stopped) void this.poll();
      return undefined;
    }
    return now - this.readAt < MAX_AGE_MS ? this.token : undefined;
  }

  /** One read; a read already under way is joined rather than doubled. */
  poll(): Promise<void> {
    this.polling ??= this.readOnce().finally(() => (this.polling = undefined));
    return this.polling;
  }

  private async readOnce(): Promise<void> {
    const began = Date.now();
    const commits = this.gateway.commits;
    try {
      const { token } = await this.gateway.dataVersion();
      const changed = this.token !== undefined && token !== this.token;
      this.token = token;
      this.readAt = began;
      this.commitsAt = commits;
      if (this.failing) this.logger.info('response cache: the data version is readable again');
      this.failing = false;
      if (changed) this.onChange(token);
    } catch (error) {
      // Said once per outage, not twice a second.
      if (!this.failing) {
        this.logger.warn(
          { err: error },
          'response cache: cannot read the data version; answers come from Neo4j until it can',
        );
      }
      this.failing = true;
    }
  }
}
