/** `chipgraph stats`: what the graph holds, by kind. */
import type { Command } from 'commander';
import { CHIP_COVERAGE_KEYS, coverageMarkdown, graphCoverage, graphStats } from '../../graph/read';
import { withGateway } from '../connect';
import { action, type CliContext } from '../context';
import { ExitCode } from '../exit-codes';

interface StatsOptions {
  json?: boolean;
  coverage?: boolean;
  markdown?: boolean;
}

export function addStatsCommand(program: Command, context: CliContext): void {
  program
    .command('stats')
    .summary('Count entities, facts and relations in the graph')
    .description(
      'Count every kind of entity, fact and relation in the graph (Neo4j at NEO4J_URI, or the local one).',
    )
    .usage('[--json] [--coverage [--markdown]]')
    .option('--json', 'Print the counts (or the coverage) as JSON.')
    .option(
      '--coverage',
      `List, per chip, which of ${CHIP_COVERAGE_KEYS.join(', ')} it has, and per company which quarterly series it has.`,
    )
    .option('--markdown', 'With --coverage: print it as the Markdown page docs/coverage.md is.')
    .addHelpText(
      'after',
      [
        '',
        'Examples:',
        '  npm run stats',
        '  npm run stats -- --coverage',
        '  npm run stats -- --coverage --markdown > docs/coverage.md',
      ].join('\n'),
    )
    .action(
      action(context, async (options: StatsOptions) => {
        const { out } = context;
        if (options.markdown === true && options.coverage !== true) {
          out.error('--markdown goes with --coverage: chipgraph stats --coverage --markdown');
          return ExitCode.USAGE;
        }
        return withGateway(context.config(), out, { startLocal: false }, async (gateway) => {
          if (options.coverage === true) {
            const coverage = await graphCoverage(gateway);
            if (options.json === true) out.json(coverage);
            else if (options.markdown === true) out.result(coverageMarkdown(coverage));
            else {
              out.result(`chips (${CHIP_COVERAGE_KEYS.join(', ')}):`);
              for (const chip of coverage.chips) {
                const missing = CHIP_COVERAGE_KEYS.filter((f) => !chip.has[f]);
                out.result(
                  `  ${chip.id.padEnd(24)} ${missing.length === 0 ? 'all' : `lacks ${missing.join(', ')}`}`,
                );
              }
              out.result('quarterly series:');
              for (const company of coverage.companies)
                for (const s of company.series)
                  out.result(
                    `  ${company.id.padEnd(24)} ${s.metric}${s.fiscal ? ' (fiscal)' : ''}: ${s.quarters} quarters, ${s.first} to ${s.last}`,
                  );
            }
            return ExitCode.OK;
          }
          const counts = await graphStats(gateway);
          if (options.json === true) {
            out.json(counts);
            return ExitCode.OK;
          }
          for (const [title, list] of [
            ['nodes', counts.nodes],
            ['relations', counts.relations],
          ] as const) {
            out.result(`${title}:`);
            for (const { name, count } of list) out.result(`  ${name.padEnd(16)} ${count}`);
          }
          return ExitCode.OK;
        });
      }),
    );
}
