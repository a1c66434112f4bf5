/** `chipgraph db start`: the local Neo4j, in the background, until it answers. */
import type { Command } from 'commander';
import { NEO4J_VERSION } from '../../../local-neo4j';
import { ensureLocalNeo4j } from '../../connect';
import { action, type CliContext } from '../../context';
import { ExitCode } from '../../exit-codes';

export function addDbStartCommand(db: Command, context: CliContext): void {
  db.command('start')
    .summary('Start the local Neo4j in the background')
    .description(
      `Start the local Neo4j ${NEO4J_VERSION} in the background (resolving its jars with Maven the first time) and wait until it answers.`,
    )
    .action(
      action(context, async () => {
        const uri = await ensureLocalNeo4j(context.config(), context.out);
        context.out.result(uri);
        return ExitCode.OK;
      }),
    );
}
