/** `chipgraph db status`: whether the local Neo4j runs, where, and which version. */
import type { Command } from 'commander';
import { NEO4J_VERSION, localPaths, localStatus } from '../../../local-neo4j';
import { action, type CliContext } from '../../context';
import { ExitCode } from '../../exit-codes';

interface StatusOptions {
  json?: boolean;
}

export function addDbStatusCommand(db: Command, context: CliContext): void {
  db.command('status')
    .summary('Say whether the local Neo4j runs, where, and which version')
    .description(
      'Say whether the local Neo4j is running, where, and which version. Exits 0 when running, 1 when not.',
    )
    .usage('[--json]')
    .option('--json', 'Print the status as JSON.')
    .action(
      action(context, async (options: StatusOptions) => {
        const { out } = context;
        const config = context.config();
        const status = localStatus(config);
        if (options.json === true) {
          out.json({ ...status, ...(status.running ? {} : { version: NEO4J_VERSION }) });
        } else if (status.running) {
          out.result(
            `running: Neo4j ${status.version} at ${status.uri} (pid ${status.pid}), data in ${status.dataDir}, since ${status.startedAt}`,
          );
          out.result(`logs: ${localPaths(config).logsDir}`);
        } else {
          out.result(
            `not running (Neo4j ${NEO4J_VERSION}; data in ${status.dataDir}). Start it with \`npm run db:start\`.`,
          );
        }
        return status.running ? ExitCode.OK : ExitCode.FAILURE;
      }),
    );
}
