// The `source-lens` command line: dispatches to the commands in the table below.
import { version } from '../package.json';
import { analyzeCommand } from './cli/analyzeCommand';
import { CliIo, Command, commandUsage, parseArgs, UsageError } from './cli/command';
import { exportCommand } from './cli/exportCommand';
import { importBratCommand } from './cli/importBratCommand';

const PROGRAM = 'source-lens';

/** Every command, by name. Adding one is one entry here. */
export const commands: Record<string, Command> = {
  [analyzeCommand.name]: analyzeCommand,
  [exportCommand.name]: exportCommand,
  [importBratCommand.name]: importBratCommand,
};

function programUsage(): string {
  const width = Math.max(...Object.keys(commands).map((name) => name.length));
  return [
    `Usage: ${PROGRAM} <command> [options] [PATH...]`,
    '',
    'Commands:',
    ...Object.values(commands).map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`),
    '',
    `Run '${PROGRAM} <command> --help' for a command's options; '${PROGRAM} --version' prints the version.`,
  ].join('\n') + '\n';
}

const wantsHelp = (args: readonly string[]) => {
  const optionsEnd = args.indexOf('--');
  return (optionsEnd < 0 ? args : args.slice(0, optionsEnd)).some((arg) => arg === '--help' || arg === '-h');
};

/** Runs the CLI and returns its exit status: 0 success, 1 some input failed, 2 wrong usage. */
export function main(argv: readonly string[], io: CliIo): number {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    (name === undefined ? io.err : io.out)(programUsage());
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-v') {
    io.out(`${version}\n`);
    return 0;
  }
  const command = commands[name];
  if (!command) {
    io.err(`${PROGRAM}: unknown command '${name}' (run '${PROGRAM} --help' for the list)\n`);
    return 2;
  }
  if (wantsHelp(args)) {
    io.out(commandUsage(PROGRAM, command));
    return 0;
  }
  try {
    return command.run(parseArgs(args, command.options), io);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`${PROGRAM} ${command.name}: ${error.message} (run '${PROGRAM} ${command.name} --help' for usage)\n`);
    return 2;
  }
}

if (require.main === module) {
  // Output piped into `head` closes early; that is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  process.exitCode = main(process.argv.slice(2), {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
  });
}
