/**
 * Citations under concurrency and repetition: two seeds that add the same relations at once, each with a
 * source of its own, both keep their citations; a record quoting one source twice keeps both quotes, and
 * re-running it changes nothing.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { seed } from '../../src/seed';
import { fingerprint, resetDatabase, testGateway } from '../support/db';
import { report } from './report';

const COMPANIES = 400;
const RELATIONS = 3000;

describe('citations', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chipgraph-citations-'));
  const write = (name: string, data: unknown) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, JSON.stringify(data));
    return file;
  };
  const gateways = [testGateway(), testGateway()];

  afterAll(async () => {
    for (const gateway of gateways) await gateway.close();
  });

  it('keeps both sources of relations that two seeds add at the same moment', async () => {
    const [first, second] = gateways as [ReturnType<typeof testGateway>, ReturnType<typeof testGateway>];
    await resetDatabase(first);
    const companies = Array.from({ length: COMPANIES }, (_, i) => ({
      id: `c${i}`,
      name: `Company ${i}`,
      sources: [{ source: 'base' }],
    }));
    await seed(first, [
      write('base.json', { sources: [{ id: 'base', title: 'Base', tier: 'PRESS' }], companies }),
    ]);
    // Pairs in the same order in both files, as two users' copies of one list would be.
    const pairs = Array.from({ length: RELATIONS }, (_, i) => [
      i % COMPANIES,
      (i * 7 + 1 + Math.floor(i / COMPANIES)) % COMPANIES,
    ])
      .filter(([a, b]) => a !== b)
      .map(([a, b]) => ({ from: `c${a}`, to: `c${b}` }));
    const statedBy = (source: string) =>
      write(`${source}.json`, {
        sources: [{ id: source, title: `Source ${source}`, tier: 'PRESS' }],
        relations: pairs.map((p) => ({
          type: 'PARTNERS_WITH',
          ...p,
          sources: [{ source, quote: `said by ${source}` }],
        })),
      });
    const [a, b] = [statedBy('alpha'), statedBy('beta')];
    const started = Date.now();
    const results = await Promise.allSettled([seed(first, [a]), seed(second, [b])]);
    const seconds = (Date.now() - started) / 1000;
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled']);

    const [row] = await first.read({
      name: 'test.citations',
      text: `MATCH ()-[r:PARTNERS_WITH]->()
RETURN count(r) AS relations,
  sum(CASE WHEN 'alpha' IN r.sources AND 'beta' IN r.sources THEN 1 ELSE 0 END) AS both,
  sum(CASE WHEN size(r.sources) = size(r.quotes) THEN 1 ELSE 0 END) AS aligned`,
    });
    const distinct = new Set(pairs.map((p) => `${p.from} ${p.to}`)).size;
    report('citations', {
      concurrentSeeds: {
        relations: distinct,
        keptBothCitations: row!.both,
        seconds: Number(seconds.toFixed(1)),
      },
    });
    expect(row).toEqual({ relations: distinct, both: distinct, aligned: distinct });
  });

  it('keeps two quotes from one source in one record, and a re-run changes nothing', async () => {
    const [gateway] = gateways as [ReturnType<typeof testGateway>];
    await resetDatabase(gateway);
    const file = write('two-quotes.json', {
      sources: [
        {
          id: 'memo',
          title: 'Memo',
          tier: 'PRIMARY',
          text: 'It was founded in 2011. Its founders were three.',
        },
      ],
      companies: [
        {
          id: 'acme',
          name: 'Acme',
          sources: [
            { source: 'memo', quote: 'It was founded in 2011.' },
            { source: 'memo', quote: 'Its founders were three.' },
          ],
        },
      ],
    });
    const first = await seed(gateway, [file]);
    expect(first.counts.citations.created).toBe(1);
    const quotes = await gateway.read({
      name: 'test.quotes',
      text: `MATCH (:Company {id: 'acme'})-[c:SUPPORTED_BY]->(:Source {id: 'memo'}) RETURN c.quote AS quote ORDER BY quote`,
    });
    expect(quotes.map((q) => q.quote)).toEqual(['It was founded in 2011.', 'Its founders were three.']);
    const before = await fingerprint(gateway);
    const again = await seed(gateway, [file]);
    expect(again.counts.citations).toEqual({ created: 0, changed: 0, unchanged: 1 });
    expect(await fingerprint(gateway)).toBe(before);
    report('citations', {
      twoQuotesOneSource: { stored: quotes.length, rerunChanged: again.counts.citations.changed },
    });
  });
});
