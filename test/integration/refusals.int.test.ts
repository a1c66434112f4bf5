import { createHash } from 'node:crypto';
import { Writable } from 'node:stream';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import type { Gateway } from '../../src/db';
import { EXECUTORS } from '../../src/config';
import { LIMITS } from '../../src/limits';
import { createServer, type ChipgraphServer } from '../../src/server';
import { testConfig, testGateway } from '../support/db';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** Requests the API refuses: each a 4xx with a code and a message that says why, and nothing logged as an error. */
describe.each(EXECUTORS)('refused requests, with the %s executor', (executor) => {
  let gateway: Gateway;
  let server: ChipgraphServer;
  let httpServer: http.Server;
  let url: string;
  const logged: { level: number; msg: string }[] = [];

  const post = async (body: unknown) => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return {
      status: response.status,
      body: (await response.json()) as {
        errors?: { message: string; extensions?: Record<string, unknown> }[];
      },
    };
  };

  beforeAll(async () => {
    const config = testConfig({ GRAPHQL_EXECUTOR: executor });
    gateway = testGateway(config);
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        for (const line of chunk.toString().split('\n').filter(Boolean)) logged.push(JSON.parse(line));
        done();
      },
    });
    httpServer = http.createServer();
    server = createServer(config, { gateway, logger: pino({ level: 'info' }, sink), httpServer });
    await server.start();
    httpServer.on('request', server.handler);
    await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await server.stop();
    await gateway.close();
  });

  beforeEach(() => {
    logged.length = 0;
  });

  it.each(['mutation', 'subscription'])(
    'refuses a %s as a validation error: the schema is read-only, and nothing is logged as an error',
    async (operation) => {
      const { status, body } = await post({ query: `${operation} { x }` });
      expect(status).toBe(400);
      expect(body.errors).toHaveLength(1);
      expect(body.errors![0]!.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(body.errors![0]!.message).toBe(
        `The schema has no ${operation} type: this API is read-only and runs query operations only, got a ${operation}.`,
      );
      expect(logged.filter((line) => line.level >= 50)).toEqual([]);
    },
  );

  it('answers PERSISTED_QUERY_NOT_FOUND for a hash that is not the hash of the query sent', async () => {
    const query = '{ __typename }';
    for (const body of [
      { query, extensions: { persistedQuery: { version: 1, sha256Hash: 'not-the-hash' } } },
      { query, documentId: 'not-the-hash' },
    ]) {
      const { status, body: answer } = await post(body);
      expect(status).toBe(400);
      expect(answer.errors![0]!.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
      expect(answer.errors![0]!.message).toBe(
        `The persisted operation id 'not-the-hash' is not the sha256 of the query sent ('${sha256(query)}')`,
      );
    }
    const matching = await post({
      query,
      extensions: { persistedQuery: { version: 1, sha256Hash: sha256(query) } },
    });
    expect(matching.body).toEqual({ data: { __typename: 'Query' } });
    expect(logged.filter((line) => line.level >= 50)).toEqual([]);
  });

  it('answers PERSISTED_QUERY_NOT_FOUND for an unknown hash sent by GET, and BAD_REQUEST for a bad version', async () => {
    const extensions = JSON.stringify({ persistedQuery: { version: 1, sha256Hash: 'f'.repeat(64) } });
    const get = await fetch(`${url}/graphql?extensions=${encodeURIComponent(extensions)}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(get.status).toBe(400);
    expect(await get.json()).toEqual({
      errors: [
        {
          message: `No persisted operation has the id '${'f'.repeat(64)}'`,
          extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' },
        },
      ],
    });
    const { status, body } = await post({
      query: '{ __typename }',
      extensions: { persistedQuery: { version: 2, sha256Hash: 'abc' } },
    });
    expect(status).toBe(400);
    expect(body.errors![0]).toEqual({
      message: 'extensions.persistedQuery.version must be 1, got 2',
      extensions: { code: 'BAD_REQUEST' },
    });
  });

  it('names the limit and its value in every refusal', async () => {
    const cases: { query: string; name: string; message: RegExp }[] = [
      {
        query: `{ ${'__typename '.repeat(1000)} }`,
        name: 'maxFields',
        message: /^Field limit of 500 exceeded, found 1000 \(limit maxFields: 500\)\.$/,
      },
      {
        query: `{ company(id: "x") { ${'subsidiaries { '.repeat(10)}name${' }'.repeat(10)} } }`,
        name: 'maxDepth',
        message: /^Query depth limit of 8 exceeded, found 12 \(limit maxDepth: 8\)\.$/,
      },
      {
        query: `{ ${Array.from({ length: 20 }, (_, i) => `a${i}: stats { nodes { name } }`).join(' ')} }`,
        name: 'maxAliases',
        message: /^Aliases limit of 15 exceeded, found 20 \(limit maxAliases: 15\)\.$/,
      },
      {
        query: `{ ${Array.from({ length: 21 }, (_, i) => `a${i}: __typename @include(if: true)`).join(' ')} }`,
        name: 'maxDirectives',
        message: /^Directives limit of 20 exceeded, found 21 \(limit maxDirectives: 20\)\.$/,
      },
      {
        query: `{ ${[1, 2, 3, 4, 5, 6].map((i) => `c${i}: companies(first: 100) { edges { node { subsidiaries { id name kind } chips { id name } } } }`).join(' ')} }`,
        name: 'maxCost',
        message: /^Query Cost limit of 20000 exceeded, found [\d.]+ \(limit maxCost: 20000\)\.$/,
      },
      {
        query: `{ ${'__typename '.repeat(3001)} }`,
        name: 'maxTokens',
        message: /^Document contains more than 3000 tokens \(limit maxTokens: 3000\); parsing aborted\.$/,
      },
    ];
    for (const { query, name, message } of cases) {
      const { status, body } = await post({ query });
      expect({ name, status, errors: body.errors?.length }).toEqual({ name, status: 400, errors: 1 });
      expect({ name, message: body.errors![0]!.message }).toEqual({
        name,
        message: expect.stringMatching(message),
      });
      expect(body.errors![0]!.extensions?.limit).toMatchObject({
        name,
        max: LIMITS[name as keyof typeof LIMITS],
      });
    }
  });
});
