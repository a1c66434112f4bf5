/** `chipgraph db migrate`: the constraints and indexes, idempotently. */
import type { Command } from 'commander';
import { migrate } from '../../../graph/migrations';
import { withGateway } from '../../connect';
import { action, type CliContext } from '../../context';
import { ExitCode } from '../../exit-codes';

export function addDbMigrateCommand(db: Command, context: CliContext): void {
  db.command('migrate')
    .summary('Create the constraints and indexes')
    .description(
      'Create the constraints and indexes chipgraph needs. Safe to run again: it changes nothing then.',
    )
    .action(
      action(context, async () => {
        const config = context.config();
        const startLocal = config.neo4j.uri === undefined;
        return withGateway(config, context.out, { startLocal }, async (gateway) => {
          const result = await migrate(gateway);
          context.out.result(`Constraints and indexes are in place (${result.applied} checked).`);
          return ExitCode.OK;
        });
      }),
    );
}
