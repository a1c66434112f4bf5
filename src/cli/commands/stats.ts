/** `chipgraph stats`: what the graph holds, by kind. */
import type { Command } from 'commander';
import { graphStats } from '../../graph/read';
import { withGateway } from '../connect';
import { action, type CliContext } from '../context';
import { ExitCode } from '../exit-codes';

interface StatsOptions {
  json?: boolean;
}

export function addStatsCommand(program: Command, context: CliContext): void {
  program
    .command('stats')
    .summary('Count entities, facts and relations in the graph')
    .description(
      'Count every kind of entity, fact and relation in the graph (Neo4j at NEO4J_URI, or the local one).',
    )
    .usage('[--json]')
    .option('--json', 'Print the counts as JSON.')
    .action(
      action(context, async (options: StatsOptions) => {
        const { out } = context;
        return withGateway(context.config(), out, { startLocal: false }, async (gateway) => {
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
