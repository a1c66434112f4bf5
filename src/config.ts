/**
 * Reads and validates the environment once. Every other module receives a Config; none reads process.env.
 * A bad value fails fast with a message naming the variable, the rule and the value received.
 */
import path from 'node:path';
import { z } from 'zod';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** How GraphQL operations are executed (src/executor.ts). */
export const EXECUTORS = ['jit', 'graphql-js'] as const;
export type ExecutorName = (typeof EXECUTORS)[number];

const memorySize = (name: string) =>
  z
    .string()
    .regex(/^[1-9]\d*[kmg]?$/i, `${name} must be a size such as 512m or 1g`)
    .transform((value) => value.toLowerCase());

const port = (name: string) =>
  z.coerce
    .number({ message: `${name} must be a whole number from 1 to 65535` })
    .int(`${name} must be a whole number from 1 to 65535`)
    .min(1, `${name} must be a whole number from 1 to 65535`)
    .max(65535, `${name} must be a whole number from 1 to 65535`);

const bool = (name: string) =>
  z
    .string()
    .regex(/^(true|false|1|0|yes|no)$/i, `${name} must be true or false`)
    .transform((value) => /^(true|1|yes)$/i.test(value));

const envSchema = z.object({
  NEO4J_URI: z
    .string()
    .regex(
      /^(bolt|neo4j)(\+s|\+ssc)?:\/\/\S+$/,
      'NEO4J_URI must be a bolt:// or neo4j:// URI such as bolt://localhost:7687',
    )
    .optional(),
  NEO4J_USER: z.string().min(1, 'NEO4J_USER must not be empty').default('neo4j'),
  NEO4J_PASSWORD: z.string().min(8, 'NEO4J_PASSWORD must be at least 8 characters').default(
    // The documented development default; set your own anywhere but a developer's machine.
    'chipgraph-dev-password',
  ),
  NEO4J_DATABASE: z
    .string()
    .regex(/^[a-z0-9][a-z0-9.-]{1,62}$/i, 'NEO4J_DATABASE must be a Neo4j database name such as neo4j')
    .default('neo4j'),
  NEO4J_PORT: port('NEO4J_PORT').default(7687),
  NEO4J_DATA_DIR: z.string().min(1, 'NEO4J_DATA_DIR must not be empty').default('.data/neo4j'),
  NEO4J_HEAP: memorySize('NEO4J_HEAP').default('512m'),
  NEO4J_PAGECACHE: memorySize('NEO4J_PAGECACHE').default('512m'),
  NEO4J_AUTH: bool('NEO4J_AUTH').default(true),
  HOST: z.string().min(1, 'HOST must not be empty').default('127.0.0.1'),
  PORT: port('PORT').default(4000),
  LOG_LEVEL: z
    .enum(LOG_LEVELS, { message: `LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}` })
    .default('info'),
  NODE_ENV: z.string().default('development'),
  // Unset means: on in development, off with NODE_ENV=production (see loadConfig).
  GRAPHQL_INTROSPECTION: bool('GRAPHQL_INTROSPECTION').optional(),
  GRAPHQL_PLAYGROUND: bool('GRAPHQL_PLAYGROUND').optional(),
  SHUTDOWN_GRACE_SECONDS: z.coerce
    .number({ message: 'SHUTDOWN_GRACE_SECONDS must be a number of seconds from 0 to 600' })
    .min(0, 'SHUTDOWN_GRACE_SECONDS must be a number of seconds from 0 to 600')
    .max(600, 'SHUTDOWN_GRACE_SECONDS must be a number of seconds from 0 to 600')
    .default(10),
  PERSISTED_OPERATIONS: z
    .enum(['off', 'allowlist'], { message: 'PERSISTED_OPERATIONS must be off or allowlist' })
    .default('off'),
  GRAPHQL_EXECUTOR: z
    .enum(EXECUTORS, { message: `GRAPHQL_EXECUTOR must be one of ${EXECUTORS.join(', ')}` })
    .default('jit'),
  RESPONSE_CACHE: bool('RESPONSE_CACHE').default(true),
  RESPONSE_CACHE_MAX_ENTRIES: z.coerce
    .number({ message: 'RESPONSE_CACHE_MAX_ENTRIES must be a whole number from 1 to 10000000' })
    .int('RESPONSE_CACHE_MAX_ENTRIES must be a whole number from 1 to 10000000')
    .min(1, 'RESPONSE_CACHE_MAX_ENTRIES must be a whole number from 1 to 10000000')
    .max(10_000_000, 'RESPONSE_CACHE_MAX_ENTRIES must be a whole number from 1 to 10000000')
    .default(10_000),
  RESPONSE_CACHE_MAX_MB: z.coerce
    .number({ message: 'RESPONSE_CACHE_MAX_MB must be a whole number of megabytes from 1 to 65536' })
    .int('RESPONSE_CACHE_MAX_MB must be a whole number of megabytes from 1 to 65536')
    .min(1, 'RESPONSE_CACHE_MAX_MB must be a whole number of megabytes from 1 to 65536')
    .max(65536, 'RESPONSE_CACHE_MAX_MB must be a whole number of megabytes from 1 to 65536')
    .default(64),
  REDIS_URL: z
    .string()
    .regex(
      /^rediss?:\/\/\S+$/,
      'REDIS_URL must be a redis:// or rediss:// URL such as redis://localhost:6379',
    )
    .optional(),
});

export type LogLevel = (typeof LOG_LEVELS)[number];

export interface LocalNeo4jConfig {
  /** Absolute folder for the store, logs and the launcher's pid file. */
  dataDir: string;
  port: number;
  heap: string;
  pageCache: string;
  auth: boolean;
}

export interface Config {
  neo4j: {
    /** Undefined means: use (and if needed start) the local Neo4j. */
    uri: string | undefined;
    user: string;
    password: string;
    database: string;
  };
  local: LocalNeo4jConfig;
  http: { host: string; port: number };
  logLevel: LogLevel;
  production: boolean;
  introspection: boolean;
  /** Serve the GraphiQL playground on GET /graphql from a browser. */
  playground: boolean;
  /** On SIGTERM, how long requests in flight may take to finish before their connections are cut. */
  shutdownGraceMs: number;
  /** allowlist: run only the client's persisted operations. */
  persistedOperations: 'off' | 'allowlist';
  /** jit: documents compiled by graphql-jit (cached); graphql-js: graphql-js's own execute. */
  executor: ExecutorName;
  /** The response cache (src/response-cache): off with RESPONSE_CACHE=false. */
  responseCache: {
    enabled: boolean;
    maxEntries: number;
    /** Of the in-process cache (response bodies as UTF-16 strings count twice their length). */
    maxBytes: number;
    /** Shared by every API process that names the same Redis; in-process only when unset. A secret. */
    redisUrl: string | undefined;
  };
  /** The project root, where .data/ and .cache/ live. */
  root: string;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Variables whose values never appear in messages or logs. */
const SECRETS = new Set(['NEO4J_PASSWORD', 'REDIS_URL']);

export const PROJECT_ROOT = path.resolve(__dirname, '..');

/** Empty strings count as unset, as a shell `FOO=` line or a blank .env entry means "no value". */
function withoutEmpty(env: NodeJS.ProcessEnv): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(env)) {
    if (value !== undefined && value !== '') out[key] = value;
  }
  return out;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, root: string = PROJECT_ROOT): Config {
  const raw = withoutEmpty(env);
  const parsed = envSchema.safeParse(raw);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const name = String(issue.path[0]);
        const value = raw[name];
        // A secret is never printed, not even a wrong one: it may be a real password with a typo (a
        // REDIS_URL may carry one).
        const shown =
          SECRETS.has(name) && value !== undefined
            ? `a value of ${value.length} characters`
            : JSON.stringify(value ?? null);
        return `${issue.message}, got ${shown}`;
      }),
    );
  }
  const e = parsed.data;
  const production = e.NODE_ENV === 'production';
  const introspection = e.GRAPHQL_INTROSPECTION ?? !production;
  // The playground reads the schema by introspection: off with it unless asked for, and refused without it.
  const playground = e.GRAPHQL_PLAYGROUND ?? (introspection && !production);
  if (playground && !introspection) {
    throw new ConfigError([
      `GRAPHQL_PLAYGROUND=true needs GRAPHQL_INTROSPECTION=true (the playground reads the schema by introspection), got ${
        raw.GRAPHQL_INTROSPECTION === undefined
          ? 'no GRAPHQL_INTROSPECTION, which is off with NODE_ENV=production'
          : JSON.stringify(raw.GRAPHQL_INTROSPECTION)
      }`,
    ]);
  }
  return {
    neo4j: { uri: e.NEO4J_URI, user: e.NEO4J_USER, password: e.NEO4J_PASSWORD, database: e.NEO4J_DATABASE },
    local: {
      dataDir: path.resolve(root, e.NEO4J_DATA_DIR),
      port: e.NEO4J_PORT,
      heap: e.NEO4J_HEAP,
      pageCache: e.NEO4J_PAGECACHE,
      auth: e.NEO4J_AUTH,
    },
    http: { host: e.HOST, port: e.PORT },
    logLevel: e.LOG_LEVEL,
    production,
    introspection,
    playground,
    persistedOperations: e.PERSISTED_OPERATIONS,
    executor: e.GRAPHQL_EXECUTOR,
    shutdownGraceMs: e.SHUTDOWN_GRACE_SECONDS * 1000,
    responseCache: {
      enabled: e.RESPONSE_CACHE,
      maxEntries: e.RESPONSE_CACHE_MAX_ENTRIES,
      maxBytes: e.RESPONSE_CACHE_MAX_MB * 1024 * 1024,
      redisUrl: e.REDIS_URL,
    },
    root,
  };
}

/** The URI the API connects to: the configured one, or the local Neo4j's. */
export function neo4jUri(config: Config): string {
  return config.neo4j.uri ?? `bolt://127.0.0.1:${config.local.port}`;
}
