import path from 'node:path';
import { ConfigError, loadConfig, neo4jUri } from '../../src/config';

describe('loadConfig', () => {
  it('gives documented defaults when nothing is set', () => {
    const config = loadConfig({}, '/srv/chipgraph');
    expect(config).toEqual({
      neo4j: { uri: undefined, user: 'neo4j', password: 'chipgraph-dev-password', database: 'neo4j' },
      local: {
        dataDir: path.resolve('/srv/chipgraph/.data/neo4j'),
        port: 7687,
        heap: '512m',
        pageCache: '512m',
        auth: true,
      },
      http: { host: '127.0.0.1', port: 4000 },
      logLevel: 'info',
      production: false,
      introspection: true,
      playground: true,
      persistedOperations: 'off',
      executor: 'jit',
      shutdownGraceMs: 10000,
      responseCache: { enabled: true, maxEntries: 10000, maxBytes: 64 * 1024 * 1024, redisUrl: undefined },
      root: '/srv/chipgraph',
    });
    expect(neo4jUri(config)).toBe('bolt://127.0.0.1:7687');
  });

  it('reads every variable it documents', () => {
    const config = loadConfig(
      {
        NEO4J_URI: 'neo4j+s://db.example.com:7687',
        NEO4J_USER: 'reader',
        NEO4J_PASSWORD: 'a-long-secret',
        NEO4J_DATABASE: 'chips',
        NEO4J_PORT: '7688',
        NEO4J_DATA_DIR: '/var/lib/chipgraph',
        NEO4J_HEAP: '1G',
        NEO4J_PAGECACHE: '256m',
        NEO4J_AUTH: 'false',
        HOST: '0.0.0.0',
        PORT: '8080',
        LOG_LEVEL: 'debug',
        NODE_ENV: 'production',
        GRAPHQL_INTROSPECTION: 'no',
        GRAPHQL_EXECUTOR: 'graphql-js',
      },
      '/srv/chipgraph',
    );
    expect(config).toMatchObject({
      neo4j: {
        uri: 'neo4j+s://db.example.com:7687',
        user: 'reader',
        password: 'a-long-secret',
        database: 'chips',
      },
      local: { dataDir: '/var/lib/chipgraph', port: 7688, heap: '1g', pageCache: '256m', auth: false },
      http: { host: '0.0.0.0', port: 8080 },
      logLevel: 'debug',
      production: true,
      introspection: false,
      executor: 'graphql-js',
    });
    expect(neo4jUri(config)).toBe('neo4j+s://db.example.com:7687');
  });

  it('turns introspection and the playground off by default in production, each back on by one setting', () => {
    const production = loadConfig({ NODE_ENV: 'production' });
    expect([production.introspection, production.playground]).toEqual([false, false]);
    const introspection = loadConfig({ NODE_ENV: 'production', GRAPHQL_INTROSPECTION: 'true' });
    expect([introspection.introspection, introspection.playground]).toEqual([true, false]);
    const both = loadConfig({
      NODE_ENV: 'production',
      GRAPHQL_INTROSPECTION: 'true',
      GRAPHQL_PLAYGROUND: 'true',
    });
    expect([both.introspection, both.playground]).toEqual([true, true]);
    const quiet = loadConfig({ GRAPHQL_INTROSPECTION: 'false' });
    expect([quiet.introspection, quiet.playground]).toEqual([false, false]);
  });

  it('refuses a playground without introspection, saying what to set', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', GRAPHQL_PLAYGROUND: 'true' })).toThrow(
      'GRAPHQL_PLAYGROUND=true needs GRAPHQL_INTROSPECTION=true (the playground reads the schema by introspection), got no GRAPHQL_INTROSPECTION, which is off with NODE_ENV=production',
    );
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ PORT: '', NEO4J_URI: '' }).http.port).toBe(4000);
  });

  it('fails naming each bad variable, the rule and the value received', () => {
    let error: unknown;
    try {
      loadConfig({
        PORT: 'eighty',
        NEO4J_URI: 'http://localhost:7474',
        LOG_LEVEL: 'loud',
        NEO4J_HEAP: '512 MB',
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems).toEqual([
      'NEO4J_URI must be a bolt:// or neo4j:// URI such as bolt://localhost:7687, got "http://localhost:7474"',
      'NEO4J_HEAP must be a size such as 512m or 1g, got "512 MB"',
      'PORT must be a whole number from 1 to 65535, got "eighty"',
      'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent, got "loud"',
    ]);
  });

  it('refuses an executor it does not have, naming the ones it has', () => {
    expect(() => loadConfig({ GRAPHQL_EXECUTOR: 'fast' })).toThrow(
      'GRAPHQL_EXECUTOR must be one of jit, graphql-js, got "fast"',
    );
  });

  it('reads the response cache settings, and refuses bad ones naming the rule', () => {
    expect(
      loadConfig({
        RESPONSE_CACHE: 'false',
        RESPONSE_CACHE_MAX_ENTRIES: '500',
        RESPONSE_CACHE_MAX_MB: '8',
        REDIS_URL: 'redis://cache.internal:6379/2',
      }).responseCache,
    ).toEqual({
      enabled: false,
      maxEntries: 500,
      maxBytes: 8 * 1024 * 1024,
      redisUrl: 'redis://cache.internal:6379/2',
    });
    expect(() => loadConfig({ RESPONSE_CACHE: 'sometimes' })).toThrow(
      'RESPONSE_CACHE must be true or false, got "sometimes"',
    );
    expect(() => loadConfig({ RESPONSE_CACHE_MAX_ENTRIES: '0' })).toThrow(
      'RESPONSE_CACHE_MAX_ENTRIES must be a whole number from 1 to 10000000, got "0"',
    );
    expect(() => loadConfig({ RESPONSE_CACHE_MAX_MB: '1.5' })).toThrow(
      'RESPONSE_CACHE_MAX_MB must be a whole number of megabytes from 1 to 65536, got "1.5"',
    );
  });

  it('refuses a port out of range', () => {
    expect(() => loadConfig({ NEO4J_PORT: '70000' })).toThrow(
      'NEO4J_PORT must be a whole number from 1 to 65535, got "70000"',
    );
  });
});

describe('loadConfig and secrets', () => {
  it('never shows a password, not even a wrong one', () => {
    expect(() => loadConfig({ NEO4J_PASSWORD: 'hunter2' })).toThrow(
      'NEO4J_PASSWORD must be at least 8 characters, got a value of 7 characters',
    );
    expect(() => loadConfig({ NEO4J_PASSWORD: 'hunter2' })).not.toThrow(/hunter2/);
  });

  it('never shows a REDIS_URL, which may hold a password', () => {
    const url = 'http://:hunter2@cache.internal:6379';
    expect(() => loadConfig({ REDIS_URL: url })).toThrow(
      `REDIS_URL must be a redis:// or rediss:// URL such as redis://localhost:6379, got a value of ${url.length} characters`,
    );
    expect(() => loadConfig({ REDIS_URL: url })).not.toThrow(/hunter2/);
  });
});
