import { HeaderMap } from '@apollo/server';
import { cacheableRequest } from '../../../src/response-cache';

const headers = (entries: Record<string, string>) => new HeaderMap(Object.entries(entries));
const JSON_TYPE = { 'content-type': 'application/json' };
const QUERY = '{ company(id: "nvidia") { name } }';

describe('cacheableRequest', () => {
  it('takes a JSON POST with its document, operation name, variables and Accept header', () => {
    expect(
      cacheableRequest('POST', headers({ ...JSON_TYPE, accept: 'application/json' }), {
        query: QUERY,
        operationName: 'Q',
        variables: { b: 1, a: 2 },
      }),
    ).toEqual({ query: QUERY, operationName: 'Q', variables: { b: 1, a: 2 }, accept: 'application/json' });
  });

  it('reads the variables of a GET from their JSON text', () => {
    expect(
      cacheableRequest('GET', headers({ 'apollo-require-preflight': 'true' }), {
        query: QUERY,
        variables: '{"name":"Nvidia"}',
      }),
    ).toEqual({ query: QUERY, operationName: null, variables: { name: 'Nvidia' }, accept: '' });
  });

  it('leaves to Apollo what its CSRF prevention would refuse: a simple GET, a text/plain POST', () => {
    expect(cacheableRequest('GET', headers({}), { query: QUERY })).toBeUndefined();
    expect(
      cacheableRequest('GET', headers({ 'apollo-require-preflight': '' }), { query: QUERY }),
    ).toBeUndefined();
    expect(
      cacheableRequest('POST', headers({ 'content-type': 'text/plain' }), { query: QUERY }),
    ).toBeUndefined();
    expect(
      cacheableRequest(
        'POST',
        headers({ 'content-type': 'application/graphql-response+json; charset=utf-8' }),
        {
          query: QUERY,
        },
      ),
    ).toBeDefined();
  });

  it('stays out of requests it cannot key safely', () => {
    const preflight = headers({ 'x-apollo-operation-name': 'Q' });
    expect(cacheableRequest('PUT', preflight, { query: QUERY })).toBeUndefined();
    expect(cacheableRequest('GET', preflight, {})).toBeUndefined();
    expect(cacheableRequest('GET', preflight, { query: QUERY, variables: '{not json' })).toBeUndefined();
    expect(cacheableRequest('GET', preflight, { query: QUERY, variables: '[1]' })).toBeUndefined();
    expect(cacheableRequest('GET', preflight, { query: QUERY, extensions: '{}' })).toBeUndefined();
    expect(cacheableRequest('POST', preflight, { query: QUERY, operationName: 7 })).toBeUndefined();
  });
});
