/** `chipgraph db ...`: the local Neo4j's life, and the database's constraints. */
import type { Command } from 'commander';
import type { CliContext } from '../../context';
import { addDbInstallCommand } from './install';
import { addDbMigrateCommand } from './migrate';
import { addDbStartCommand } from './start';
import { addDbStatusCommand } from './status';
import { addDbStopCommand } from './stop';

export function addDbCommands(program: Command, context: CliContext): void {
  const db = program
    .command('db')
    .summary('Run, stop and inspect the local Neo4j; create constraints')
    .description('Run, stop and inspect the local Neo4j, and create the constraints and indexes.');
  addDbStartCommand(db, context);
  addDbStopCommand(db, context);
  addDbStatusCommand(db, context);
  addDbMigrateCommand(db, context);
  addDbInstallCommand(db, context);
}
