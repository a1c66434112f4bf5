/** `chipgraph start`: the main job, from an empty machine to a served API. */
import type { Command } from 'commander';
import { migrate } from '../../graph/migrations';
import { graphIsEmpty } from '../../graph/entity';
import { BUILTIN_DATASET, builtinDatasetDir } from '../../seed';
import { connect } from '../connect';
import { action, type CliContext } from '../context';
import { ExitCode } from '../exit-codes';
import { printSummary, runSeed } from '../seed-report';
import { serve } from '../serve';

export function addStartCommand(program: Command, context: CliContext): void {
  program
    .command('start')
    .summary('Start everything: Neo4j if needed, constraints, the built-in data if empty, the API')
    .description(
      'Run chipgraph: use NEO4J_URI if set, otherwise start the local Neo4j; create constraints; seed the built-in dataset if the database is empty; serve the API.',
    )
    .action(
      action(context, async () => {
        const { out } = context;
        const config = context.config();
        const gateway = await connect(config, out, { startLocal: true });
        await migrate(gateway);
        if (await graphIsEmpty(gateway)) {
          out.info('The database is empty: loading the built-in dataset...');
          const inputs = [builtinDatasetDir(config.root)];
          const options = { dryRun: false, dataset: BUILTIN_DATASET };
          printSummary(await runSeed(gateway, inputs, options, out), out);
        } else {
          out.info(
            'The database already holds data; not seeding (run `npm run seed` to load the built-in dataset again).',
          );
        }
        await serve(config, gateway, out);
        if (config.neo4j.uri === undefined)
          out.info('The local Neo4j keeps running; stop it with `npm run db:stop`.');
        return ExitCode.OK;
      }),
    );
}
