import http from 'node:http';
import { IDLE_LINGER_MS } from '../../src/drain';
import { startServeProcess } from '../support/serve-process';
import { report } from './report';

interface Outcome {
  /** The request was written out in full before the signal was sent. */
  sentBeforeSignal: boolean;
  status?: number;
  connection?: string;
  error?: string;
}

const BODY = JSON.stringify({ query: '{ stats { nodes { name count } } }' });

/** One POST on a keep-alive agent, noting whether it had been sent in full before the signal. */
function send(agent: http.Agent, port: number, signalled: () => boolean): Promise<Outcome> {
  return new Promise((resolve) => {
    let sentBeforeSignal = false;
    const request = http.request(
      {
        host: '127.0.0.1',
        port,
        path: '/graphql',
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(BODY) },
      },
      (response) => {
        response.resume();
        response.on('end', () =>
          resolve({
            sentBeforeSignal,
            status: response.statusCode,
            connection: String(response.headers.connection),
          }),
        );
        response.on('error', (error) => resolve({ sentBeforeSignal, error: error.message }));
      },
    );
    request.on('finish', () => (sentBeforeSignal = !signalled()));
    request.on('error', (error: NodeJS.ErrnoException) =>
      resolve({ sentBeforeSignal, error: error.code ?? error.message }),
    );
    request.end(BODY);
  });
}

describe('shutdown on SIGTERM', () => {
  it('answers every request sent before the signal, closes idle keep-alive sockets, and exits within the grace period', async () => {
    const graceSeconds = 8;
    // The response cache off: every request executes against Neo4j, so requests are in flight at the signal
    // (answered from the cache, 20 clients reach the 20,000-request cap before it is sent).
    const api = await startServeProcess({
      SHUTDOWN_GRACE_SECONDS: String(graceSeconds),
      LOG_LEVEL: 'warn',
      RESPONSE_CACHE: 'false',
    });
    const agent = new http.Agent({ keepAlive: true, maxSockets: 20 });
    let signalled = false;
    const outcomes: Outcome[] = [];
    // Warm 20 keep-alive sockets, then keep 20 clients sending back to back on them through the signal.
    await Promise.all(Array.from({ length: 20 }, () => send(agent, api.port, () => signalled)));
    const clients = Array.from({ length: 20 }, async () => {
      for (;;) {
        const outcome = await send(agent, api.port, () => signalled);
        outcomes.push(outcome);
        if (signalled && outcome.error) return;
        if (outcomes.length > 20_000) return;
      }
    });
    await new Promise((resolve) => setTimeout(resolve, 3000));
    signalled = true;
    const started = Date.now();
    const code = await api.stop();
    const exitMs = Date.now() - started;
    await Promise.all(clients);
    agent.destroy();

    const before = outcomes.filter((o) => o.sentBeforeSignal);
    const failedBefore = before.filter((o) => o.status !== 200);
    const after = outcomes.filter((o) => !o.sentBeforeSignal);
    expect(before.length).toBeGreaterThan(20);
    expect(failedBefore).toEqual([]);
    // Requests answered after the signal tell their clients not to reuse the connection.
    const answeredAfter = after.filter((o) => o.status === 200);
    for (const outcome of answeredAfter) expect(outcome.connection).toBe('close');
    // And none of them is cut on a reused socket: the only failure after the signal is a refused connection.
    expect([...new Set(after.filter((o) => o.error).map((o) => o.error))]).toEqual(['ECONNREFUSED']);
    // Idle sockets are closed, not waited for: the process is gone well before the grace period ends.
    expect(code).toBe(0);
    expect(exitMs).toBeLessThan(IDLE_LINGER_MS + 3000);
    report('shutdown', {
      requestsSentBeforeSignal: before.length,
      failedOfThose: failedBefore.length,
      answeredAfterSignal: answeredAfter.length,
      refusedAfterSignal: after.length - answeredAfter.length,
      errorsAfterSignal: [...new Set(after.map((o) => o.error))],
      exitMs,
    });
  }, 120_000);

  it('answers requests sent on idle keep-alive sockets in the same instant as the signal', async () => {
    const api = await startServeProcess({ SHUTDOWN_GRACE_SECONDS: '8', LOG_LEVEL: 'warn' });
    const agent = new http.Agent({ keepAlive: true, maxSockets: 50 });
    // 50 keep-alive sockets, all idle.
    await Promise.all(Array.from({ length: 50 }, () => send(agent, api.port, () => false)));
    let signalled = false;
    const burst = Array.from({ length: 50 }, () => send(agent, api.port, () => signalled));
    // Let the requests reach the sockets, then signal before the server can have answered them.
    await new Promise((resolve) => setImmediate(resolve));
    signalled = true;
    const code = await api.stop();
    const outcomes = await Promise.all(burst);
    agent.destroy();
    const sentBefore = outcomes.filter((o) => o.sentBeforeSignal);
    expect(sentBefore.length).toBeGreaterThan(0);
    expect(sentBefore.filter((o) => o.status !== 200)).toEqual([]);
    expect(code).toBe(0);
    report('shutdown', {
      burstSentBeforeSignal: sentBefore.length,
      burstFailed: outcomes.filter((o) => o.status !== 200).map((o) => o.error),
    });
  }, 120_000);
});
