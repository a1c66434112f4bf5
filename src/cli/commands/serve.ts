/** `chipgraph serve`: the API only, against a Neo4j that already runs. */
import type { Command } from 'commander';
import { connect } from '../connect';
import { action, type CliContext } from '../context';
import { ExitCode } from '../exit-codes';
import { serve } from '../serve';

export function addServeCommand(program: Command, context: CliContext): void {
  program
    .command('serve')
    .summary('Serve the GraphQL API against a running Neo4j')
    .description(
      'Serve the GraphQL API against a running Neo4j (NEO4J_URI, or the local one). Starts and seeds nothing.',
    )
    .action(
      action(context, async () => {
        const config = context.config();
        const gateway = await connect(config, context.out, { startLocal: false });
        await serve(config, gateway, context.out);
        return ExitCode.OK;
      }),
    );
}
