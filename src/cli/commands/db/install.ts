/** `chipgraph db install`: the local Neo4j's jars and launcher, without starting it. */
import type { Command } from 'commander';
import { NEO4J_VERSION, installLocal } from '../../../local-neo4j';
import { action, type CliContext } from '../../context';
import { ExitCode } from '../../exit-codes';

export function addDbInstallCommand(db: Command, context: CliContext): void {
  db.command('install')
    .summary('Fetch the jars of the local Neo4j and compile its launcher')
    .description(
      `Resolve the Neo4j ${NEO4J_VERSION} jars with Maven and compile the launcher, without starting anything (db start does this on first use).`,
    )
    .action(
      action(context, async () => {
        const { out } = context;
        const paths = installLocal(context.config(), (line) => out.info(line));
        out.result(`Neo4j ${NEO4J_VERSION} is installed in ${paths.cacheDir}`);
        return ExitCode.OK;
      }),
    );
}
