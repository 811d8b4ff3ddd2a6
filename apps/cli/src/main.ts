import { Command, CommanderError } from 'commander';
import { ZodError } from 'zod';
import { isAppError } from '@claimledger/domain';
import { DataDirBusyError } from '@claimledger/db';
import { registerExport } from './commands/export';
import { registerExtract } from './commands/extract';
import { registerIngest } from './commands/ingest';
import { registerKeys } from './commands/keys';
import { registerMatch } from './commands/match';
import { registerUsers } from './commands/users';

const program = new Command()
  .name('claimledger')
  .description('ClaimLedger: extract, review and publish checkable claims')
  .showHelpAfterError()
  .exitOverride();

registerIngest(program);
registerExtract(program);
registerMatch(program);
registerUsers(program);
registerExport(program);
registerKeys(program);

function exitWith(code: number): never {
  // PGlite and the schema engine can keep the event loop alive: exit explicitly.
  process.exit(code);
}

try {
  await program.parseAsync(process.argv);
  exitWith(0);
} catch (error) {
  if (error instanceof CommanderError) exitWith(error.exitCode === 0 ? 0 : 2);
  if (isAppError(error) || error instanceof DataDirBusyError || error instanceof ZodError) {
    console.error(`error: ${error.message}`);
    exitWith(1);
  }
  console.error(error);
  exitWith(1);
}
