/**
 * Time and truth, end to end on a small test dataset (test/fixtures/time/time.json, invented values): what
 * held at a date, fiscal periods with derived dates, a quarterly series with growth and conflicts, ranks
 * and the best-rank view, and the warnings and errors seed gives.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { exportDataset } from '../../src/export';
import { DatasetError, seed } from '../../src/seed';
import { fingerprint } from '../support/db';
import { EXECUTORS } from '../../src/config';
import { useSeededGraph } from '../support/fixture';

const FIXTURE = path.join(__dirname, '..', 'fixtures', 'time', 'time.json');

describe('time and truth', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chipgraph-time-'));
  const write = (name: string, data: unknown) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, JSON.stringify(data, null, 2));
    return file;
  };
  const graph = useSeededGraph({ seed: [FIXTURE], api: true, executors: true });

  // The API's answers, asked of each executor; the dataset's own tests below use the default one.
  describe.each(EXECUTORS)('with the %s executor', (executor) => {
    async function ask<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
      const { body } = await graph.apis[executor].graphql<T>(query, variables);
      expect(body.errors).toBeUndefined();
      return body.data!;
    }

    describe('validity in time', () => {
      type Roles = { company: { roles: { person: { name: string }; title: string }[] } };
      const rolesAt = async (args: string) =>
        (
          await ask<Roles>(`{ company(name: "Intel") { roles(${args}) { person { name } title } } }`)
        ).company.roles.map((r) => `${r.person.name}: ${r.title}`);

      it('names the chief executive at a date, and the current one', async () => {
        expect(await rolesAt('at: "2024-06-01"')).toEqual(['Pat Gelsinger: chief executive']);
        expect(await rolesAt('current: true')).toEqual(['Lip-Bu Tan: chief executive']);
        expect(await rolesAt('current: false')).toEqual(['Pat Gelsinger: chief executive']);
      });

      it('compares a partial date by its precision: until 2024-12 holds on 2024-12-31, since 2025-03 on 2025-03-18', async () => {
        expect(await rolesAt('at: "2024-12-31"')).toEqual(['Pat Gelsinger: chief executive']);
        expect(await rolesAt('at: "2025-01-15"')).toEqual([]);
        expect(await rolesAt('at: "2025-03-18"')).toEqual(['Lip-Bu Tan: chief executive']);
        expect(await rolesAt('at: "2024"')).toEqual(['Pat Gelsinger: chief executive']);
      });

      it('reads a person’s roles at a date the same way', async () => {
        const data = await ask<{ person: { roles: { organization: { name: string } }[] } }>(
          `{ person(name: "Lip-Bu Tan") { roles(at: "2024-06") { organization { name } } } }`,
        );
        expect(data.person.roles).toEqual([]);
      });

      it('reads parent and subsidiaries at a date from the SUBSIDIARY_OF edges’ since and until', async () => {
        type Tree = {
          intel: { then: { name: string }[]; now: { name: string }[]; all: { name: string }[] };
          altera: { then: { name: string } | null; later: { name: string } | null };
        };
        const query = `{
        intel: company(name: "Intel") {
          then: subsidiaries(at: "2020") { name }
          now: subsidiaries(at: "2026-01") { name }
          all: subsidiaries { name }
        }
        altera: company(name: "Altera") {
          then: parent(at: "2020-05-01") { name }
          later: parent(at: "2026") { name }
        }
      }`;
        const data = await ask<Tree>(query);
        expect(data.intel.then.map((c) => c.name)).toEqual(['Altera', 'Mobileye']);
        expect(data.intel.now.map((c) => c.name)).toEqual(['Mobileye']);
        expect(data.intel.all.map((c) => c.name)).toEqual(['Altera', 'Mobileye']);
        expect(data.altera.then).toEqual({ name: 'Intel' });
        expect(data.altera.later).toEqual({ name: 'Silver Lake' });
        // The same answers without the prefetching lookup: the neighbour loaders carry the edges' dates too.
        const listed = await ask<{ companies: { edges: { node: { subsidiaries: { name: string }[] } }[] } }>(
          `{ companies(where: { nameContains: "Intel" }) { edges { node { subsidiaries(at: "2026-01") { name } } } } }`,
        );
        expect(listed.companies.edges[0]!.node.subsidiaries).toEqual([{ name: 'Mobileye' }]);
      });

      it('refuses a date that is not YYYY, YYYY-MM or YYYY-MM-DD with BAD_USER_INPUT naming the value', async () => {
        for (const bad of ['2024-13', 'June 2024', '2023-02-29']) {
          const { body } = await graph.apis[executor].graphql(
            `query($at: Date) { company(name: "Intel") { roles(at: $at) { title } } }`,
            { at: bad },
          );
          expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
          expect(body.errors?.[0]?.message).toContain(`got "${bad}"`);
        }
        const { body } = await graph.apis[executor].graphql(
          `{ company(name: "Nvidia") { series(metric: DATA_CENTER_REVENUE, from: "soon") { points { value { amount } } } } }`,
        );
        expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
        expect(body.errors?.[0]?.message).toContain('from must be a date');
      });
    });

    describe('fiscal periods and series', () => {
      type Point = {
        period: {
          label: string;
          fiscal: boolean;
          year: number;
          quarter: number;
          start: { iso: string };
          end: { iso: string };
          derived: boolean;
        };
        value: { amount: number; currency: string };
        figure: { id: string; sources: { title: string; tier: string }[] };
        yearOverYear: number | null;
        quarterOverQuarter: number | null;
      };
      type SeriesAnswer = {
        company: {
          series: {
            points: Point[];
            conflicts: { period: { label: string }; figures: { id: string; value: { amount: number } }[] }[];
          };
        };
      };
      const SERIES = `query($calendar: Boolean, $from: Date, $to: Date) {
      company(name: "Nvidia") {
        series(metric: DATA_CENTER_REVENUE, calendar: $calendar, from: $from, to: $to) {
          points {
            period { label fiscal year quarter start { iso } end { iso } derived }
            value { amount currency }
            figure { id sources { title tier } }
            yearOverYear
            quarterOverQuarter
          }
          conflicts { period { label } figures { id value { amount } } }
        }
      }
    }`;

      it('gives one point per fiscal quarter, oldest first, Q2 FY2025 as 26.3 billion ending 2024-07-28', async () => {
        const { points } = (await ask<SeriesAnswer>(SERIES)).company.series;
        expect(points.map((p) => [p.period.label, p.value.amount])).toEqual([
          ['Q2 FY2024', 10e9],
          ['Q1 FY2025', 20e9],
          ['Q2 FY2025', 26.3e9],
          ['Q3 FY2025', 30e9],
        ]);
        const q2 = points[2]!;
        expect(q2.figure.id).toBe('test-nvda-dc-q2-fy2025');
        expect(q2.period).toMatchObject({ fiscal: true, year: 2025, quarter: 2, end: { iso: '2024-07-28' } });
        expect(q2.figure.sources).toEqual([
          { title: 'TEST DATA: an Nvidia quarterly release', tier: 'PRIMARY' },
        ]);
        // The deprecated press copy is no point: Q2 FY2024 is the release's own figure.
        expect(points[0]!.figure.id).toBe('test-nvda-dc-q2-fy2024');
        expect(points.map((p) => p.figure.id)).not.toContain('test-nvda-dc-q2-press-copy');
      });

      it('derives the dates the source does not state from the 52/53-week calendar, and says so', async () => {
        const { points } = (await ask<SeriesAnswer>(SERIES)).company.series;
        const byLabel = new Map(points.map((p) => [p.period.label, p.period]));
        expect(byLabel.get('Q1 FY2025')).toMatchObject({
          start: { iso: '2024-01-29' },
          end: { iso: '2024-04-28' },
          derived: true,
        });
        // The start of Q2 is derived, its end stated: derived says that some of it is.
        expect(byLabel.get('Q2 FY2025')).toMatchObject({ start: { iso: '2024-04-29' }, derived: true });
        expect(byLabel.get('Q3 FY2025')).toMatchObject({ end: { iso: '2024-10-27' }, derived: true });
      });

      it('computes growth over the year and over the quarter, null where the earlier point is missing', async () => {
        const { points } = (await ask<SeriesAnswer>(SERIES)).company.series;
        const [q2fy24, q1, q2, q3] = points;
        expect(q2fy24!.yearOverYear).toBeNull();
        expect(q2fy24!.quarterOverQuarter).toBeNull();
        expect(q1!.quarterOverQuarter).toBeNull(); // no Q4 FY2024
        expect(q2!.yearOverYear).toBeCloseTo(26.3 / 10 - 1, 10);
        expect(q2!.quarterOverQuarter).toBeCloseTo(26.3 / 20 - 1, 10);
        expect(q3!.quarterOverQuarter).toBeCloseTo(30 / 26.3 - 1, 10);
        expect(q3!.yearOverYear).toBeNull();
      });

      it('chooses a primary source over four secondary copies, and lists the disagreement as a conflict', async () => {
        const { points, conflicts } = (await ask<SeriesAnswer>(SERIES)).company.series;
        expect(points[3]!.figure.id).toBe('test-nvda-dc-q3-fy2025');
        expect(conflicts).toEqual([
          {
            period: { label: 'Q3 FY2025' },
            figures: [
              { id: 'test-nvda-dc-q3-fy2025', value: { amount: 30e9 } },
              { id: 'test-nvda-dc-q3-fy2025-aggregated', value: { amount: 31e9 } },
            ],
          },
        ]);
      });

      it('labels points by the calendar quarter holding most of each fiscal quarter, and bounds them by date', async () => {
        const { points } = (
          await ask<SeriesAnswer>(SERIES, { calendar: true, from: '2024-02', to: '2024-09' })
        ).company.series;
        expect(points.map((p) => [p.period.label, p.period.fiscal, p.value.amount])).toEqual([
          ['Q1 2024', false, 20e9],
          ['Q2 2024', false, 26.3e9],
        ]);
        expect(points[1]!.period.end.iso).toBe('2024-07-28');
        expect(points[1]!.quarterOverQuarter).toBeCloseTo(26.3 / 20 - 1, 10);
      });

      it('serves a figure’s period with derived dates outside a series too', async () => {
        type Periods = {
          financials: {
            edges: {
              node: {
                id: string;
                period: { start: { iso: string }; end: { iso: string }; derived: boolean };
              };
            }[];
          };
        };
        const data = await ask<Periods>(
          `{ financials(where: { company: "nvidia" }, first: 100) { edges { node { id period { start { iso } end { iso } derived } } } } }`,
        );
        const q1 = data.financials.edges.find((e) => e.node.id === 'test-nvda-dc-q1-fy2025');
        expect(q1?.node.period).toEqual({
          start: { iso: '2024-01-29' },
          end: { iso: '2024-04-28' },
          derived: true,
        });
      });
    });

    describe('ranks', () => {
      it('gives every fact a rank, NORMAL by default, with the reason where one is given', async () => {
        const data = await ask<{
          company: { financials: { id: string; rank: string; rankReason: string | null }[] };
        }>(`{ company(name: "Nvidia") { financials { id rank rankReason } } }`);
        const byId = new Map(data.company.financials.map((f) => [f.id, f]));
        expect(byId.get('test-nvda-dc-q2-press-copy')).toEqual({
          id: 'test-nvda-dc-q2-press-copy',
          rank: 'DEPRECATED',
          rankReason: "mislabels the fiscal year; Nvidia's release says Q2 FY2025",
        });
        expect(byId.get('test-nvda-dc-q2-fy2025')).toMatchObject({ rank: 'NORMAL', rankReason: null });
      });

      it('leaves deprecated facts out of the best-rank view, and only there', async () => {
        const data = await ask<{
          company: { all: { id: string }[]; best: { id: string }[]; roles: { rank: string }[] };
        }>(
          `{ company(name: "Nvidia") { all: financials { id } best: financials(best: true) { id } roles(best: true) { rank } } }`,
        );
        expect(data.company.all.map((f) => f.id)).toContain('test-nvda-dc-q2-press-copy');
        expect(data.company.best.map((f) => f.id)).not.toContain('test-nvda-dc-q2-press-copy');
        expect(data.company.best).toHaveLength(data.company.all.length - 1);
      });
    });
  });

  async function ask<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
    const { body } = await graph.api.graphql<T>(query, variables);
    expect(body.errors).toBeUndefined();
    return body.data!;
  }

  describe('the dataset', () => {
    it('exports ranks and relation until dates, and a re-seed of the export changes nothing', async () => {
      const exported = await exportDataset(graph.gateway);
      expect(exported.relations).toContainEqual({
        type: 'SUBSIDIARY_OF',
        from: 'altera',
        to: 'intel',
        since: '2015-12',
        until: '2025-09',
        sources: [{ source: 'test-intel-release' }],
      });
      expect(exported.financials).toContainEqual(
        expect.objectContaining({ id: 'test-nvda-dc-q2-press-copy', rank: 'DEPRECATED' }),
      );
      // Seeded back under another dataset name: the same facts, each now marked by both datasets.
      const before = await fingerprint(graph.gateway, { bookkeeping: false });
      const summary = await seed(graph.gateway, [write('export.json', exported)]);
      expect(summary.counts.links).toMatchObject({ created: 0, changed: 0 });
      expect(await fingerprint(graph.gateway, { bookkeeping: false })).toBe(before);
    });

    it('seeds with warnings for a mislabelled period and a restated record, naming both', async () => {
      const file = write('warned.json', {
        financials: [
          {
            id: 'test-mislabelled',
            company: 'nvidia',
            metric: 'REVENUE',
            period: { year: 2024, quarter: 2, fiscal: true, end: '2024-07-28' },
            value: { amount: 1, currency: 'USD' },
            basis: 'REPORTED',
            sources: [{ source: 'test-press' }],
          },
          {
            id: 'test-restated',
            company: 'nvidia',
            metric: 'REVENUE',
            period: { year: 2024, quarter: 2, fiscal: true, end: '2024-07-28' },
            value: { amount: 1, currency: 'USD' },
            basis: 'REPORTED',
            sources: [{ source: 'test-wiki-1' }],
          },
        ],
      });
      // The company's calendar is in the database, not this file: the label check needs it in the run.
      const summary = await seed(graph.gateway, [FIXTURE, file]);
      const messages = summary.warnings.map((w) => `${w.file} ${w.path}: ${w.message}`);
      expect(messages).toEqual([
        `${file} $.financials[1]: 'test-restated' states the same as 'test-mislabelled' (${file}:4: $.financials[0].id) and differs only in its sources: one fact with several citations is one record citing every source`,
        `${file} $.financials[0].period: 'test-mislabelled' is labelled Q2 FY2024, but its end date 2024-07-28 ends Q2 FY2025 under nvidia's fiscal calendar (year ending last Sunday of January)`,
        `${file} $.financials[1].period: 'test-restated' is labelled Q2 FY2024, but its end date 2024-07-28 ends Q2 FY2025 under nvidia's fiscal calendar (year ending last Sunday of January)`,
      ]);
      const data = await ask<{ company: { financials: { id: string }[] } }>(
        `{ company(id: "nvidia") { financials(metric: REVENUE) { id } } }`,
      );
      expect(data.company.financials.map((f) => f.id)).toEqual(['test-mislabelled', 'test-restated']);
    });

    it('refuses a deprecated fact without a reason, and a reason without a rank, writing nothing', async () => {
      const before = await fingerprint(graph.gateway);
      const bad = write('bad.json', {
        roles: [
          {
            id: 'test-bad-rank',
            person: 'pat-gelsinger',
            organization: 'intel',
            title: 'chief executive',
            rank: 'DEPRECATED',
            sources: [{ source: 'test-press' }],
          },
          {
            id: 'test-bad-reason',
            person: 'pat-gelsinger',
            organization: 'intel',
            title: 'chief executive',
            rankReason: 'looks old',
            sources: [{ source: 'test-press' }],
          },
        ],
        relations: [
          {
            type: 'SUBSIDIARY_OF',
            from: 'mobileye',
            to: 'intel',
            since: '2017-08',
            until: '2016',
            sources: [{ source: 'test-press' }],
          },
        ],
      });
      const error = await seed(graph.gateway, [bad]).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DatasetError);
      expect((error as DatasetError).issues.map((i) => `${i.path}: ${i.message}`)).toEqual([
        '$.relations[0].until: until (2016) is before since (2017-08)',
        '$.roles[0].rank: a DEPRECATED fact needs a rankReason saying why it is kept',
        "$.roles[1].rankReason: a rankReason explains a rank of PREFERRED or DEPRECATED, but this fact's rank is NORMAL",
      ]);
      expect(await fingerprint(graph.gateway)).toBe(before);
    });
  });
});
