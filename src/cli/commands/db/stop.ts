/** `chipgraph db stop`: a clean shutdown of the local Neo4j. */
import type { Command } from 'commander';
import { stopLocal } from '../../../local-neo4j';
import { action, type CliContext } from '../../context';
import { ExitCode } from '../../exit-codes';

export function addDbStopCommand(db: Command, context: CliContext): void {
  db.command('stop')
    .summary('Stop the local Neo4j cleanly')
    .description('Stop the local Neo4j cleanly (SIGTERM, so it shuts down and releases its store lock).')
    .action(
      action(context, async () => {
        const { out } = context;
        const stopped = await stopLocal(context.config());
        if (!stopped.wasRunning) out.result('The local Neo4j is not running.');
        else if (stopped.forced)
          out.warn('The local Neo4j did not stop within 60s and was killed; it will recover on next start.');
        else out.result('The local Neo4j has stopped.');
        return ExitCode.OK;
      }),
    );
}
