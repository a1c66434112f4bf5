import type { Gateway } from '../../src/db';
import { resetDatabase, testGateway } from '../support/db';
import { startServeProcess } from '../support/serve-process';

async function query(port: number, text: string): Promise<unknown> {
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: text }),
  });
  return response.json();
}

describe('chipgraph start', () => {
  let gateway: Gateway;

  beforeAll(async () => {
    gateway = testGateway();
    await resetDatabase(gateway);
  });

  afterAll(() => gateway.close());

  it('seeds an empty database, serves the API, stops on SIGTERM, and does not seed again next time', async () => {
    const first = await startServeProcess({ LOG_LEVEL: 'warn' }, 'start');
    expect(first.output()).toContain('The database is empty: loading the built-in dataset...');
    expect(first.output()).toContain(`chipgraph API ready: http://localhost:${first.port}/graphql`);
    // The explorer's address beside the playground's, on the same line.
    expect(first.output()).toMatch(
      new RegExp(
        `/graphql \\(open it in a browser for the playground\\); explorer: http://localhost:${first.port}/explore\\n`,
      ),
    );
    expect(await query(first.port, '{ company(name: "Amazon") { name subsidiaries { name } } }')).toEqual({
      data: {
        company: {
          name: 'Amazon',
          subsidiaries: [{ name: 'Amazon Web Services' }, { name: 'Annapurna Labs' }],
        },
      },
    });
    expect(await first.stop()).toBe(0);
    expect(first.output()).toContain('SIGTERM received: draining requests');

    const second = await startServeProcess({ LOG_LEVEL: 'warn' }, 'start');
    expect(second.output()).toContain('The database already holds data; not seeding');
    expect(await query(second.port, '{ company(name: "AWS") { name } }')).toEqual({
      data: { company: { name: 'Amazon Web Services' } },
    });
    expect(await second.stop()).toBe(0);
  }, 120_000);
});
