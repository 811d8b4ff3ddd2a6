import { Command, CommanderError } from 'commander';
import { ZodError } from 'zod';
import { isAppError } from '@claimledger/domain';
import { DataDirBusyError, DataDirPathError } from '@claimledger/db';
import { registerDemo } from './commands/demo';
import { registerExport } from './commands/export';
import { registerExtract } from './commands/extract';
import { registerImport } from './commands/import';
import { registerIngest } from './commands/ingest';
import { registerKeys } from './commands/keys';
import { registerMatch } from './commands/match';
import { registerSources } from './commands/sources';
import { registerUsers } from './commands/users';
import { registerWorker } from './commands/worker';

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
registerSources(program);
registerImport(program);
registerDemo(program);
registerWorker(program);

function exitWith(code: number): never {
  // PGlite and the schema engine can keep the event loop alive: exit explicitly.
  process.exit(code);
}

try {
  await program.parseAsync(process.argv);
  // A command that finished with refusals (e.g. an import with bad lines) sets exitCode 1.
  exitWith(typeof process.exitCode === 'number' ? process.exitCode : 0);
} catch (error) {
  if (error instanceof CommanderError) exitWith(error.exitCode === 0 ? 0 : 2);
  if (isAppError(error) || error instanceof DataDirBusyError || error instanceof DataDirPathError || error instanceof ZodError) {
    console.error(`error: ${error.message}`);
    exitWith(1);
  }
  console.error(error);
  exitWith(1);
}
