/**
 * A neo4j-driver Driver that counts the Cypher queries sent through it: every `run`, on a session or on a
 * transaction, and every `executeQuery`. Used to report round trips per request for systems whose code is
 * not chipgraph's.
 */
import type { Driver } from 'neo4j-driver';

export interface QueryCounter {
  queries: number;
}

function countRuns<T extends object>(target: T, counter: QueryCounter): T {
  return new Proxy(target, {
    get(object, key, receiver) {
      const value: unknown = Reflect.get(object, key, receiver);
      if (typeof value !== 'function') return value;
      if (key === 'run') {
        return (...args: unknown[]) => {
          counter.queries += 1;
          return (value as (...a: unknown[]) => unknown).apply(object, args);
        };
      }
      if (key === 'executeRead' || key === 'executeWrite') {
        return (work: (tx: object) => unknown, ...rest: unknown[]) =>
          (value as (...a: unknown[]) => unknown).call(
            object,
            (tx: object) => work(countRuns(tx, counter)),
            ...rest,
          );
      }
      if (key === 'beginTransaction') {
        return (...args: unknown[]) =>
          countRuns((value as (...a: unknown[]) => object).apply(object, args), counter);
      }
      return (value as (...a: unknown[]) => unknown).bind(object);
    },
  });
}

export function countingDriver(driver: Driver): { driver: Driver; counter: QueryCounter } {
  const counter: QueryCounter = { queries: 0 };
  const counted = new Proxy(driver, {
    get(object, key, receiver) {
      const value: unknown = Reflect.get(object, key, receiver);
      if (key === 'session')
        return (...args: unknown[]) =>
          countRuns((value as (...a: unknown[]) => object).apply(object, args), counter);
      if (key === 'executeQuery')
        return (...args: unknown[]) => {
          counter.queries += 1;
          return (value as (...a: unknown[]) => unknown).apply(object, args);
        };
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(object) : value;
    },
  });
  return { driver: counted, counter };
}
