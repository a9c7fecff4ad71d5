// The shape of a CLI command and the option parser they share.

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

export interface OptionSpec {
  /** Long name without dashes, e.g. `max-size`. */
  name: string;
  /** Set for options that take a value, e.g. `BYTES`; flags have none. */
  valueName?: string;
  description: string;
}

export interface ParsedArgs {
  flags: Set<string>;
  values: Map<string, string>;
  operands: string[];
}

export interface Command {
  name: string;
  /** One line for the command list. */
  summary: string;
  /** Operands as shown in the usage line, e.g. `PATH...`. */
  operandsUsage: string;
  options: OptionSpec[];
  /** Returns the exit status: 0 when everything worked, 1 when some input failed. */
  run(args: ParsedArgs, io: CliIo): number;
}

/** A mistake in how the command was called: reported with exit status 2. */
export class UsageError extends Error {}

/** Parses `--flag`, `--name VALUE`, `--name=VALUE` and operands; `--` ends the options. */
export function parseArgs(args: readonly string[], options: readonly OptionSpec[]): ParsedArgs {
  const parsed: ParsedArgs = { flags: new Set(), values: new Map(), operands: [] };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--') {
      parsed.operands.push(...args.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      parsed.operands.push(arg);
      continue;
    }
    const [name, inlineValue] = splitOption(arg);
    const spec = options.find((option) => option.name === name);
    if (!spec) throw new UsageError(`unknown option '${arg}'`);
    if (spec.valueName === undefined) {
      if (inlineValue !== undefined) throw new UsageError(`option '--${name}' takes no value`);
      parsed.flags.add(name);
      continue;
    }
    const value = inlineValue ?? args[++i];
    if (value === undefined) throw new UsageError(`option '--${name}' needs a value (${spec.valueName})`);
    parsed.values.set(name, value);
  }
  return parsed;
}

function splitOption(arg: string): [string, string | undefined] {
  const body = arg.replace(/^--?/, '');
  const equals = body.indexOf('=');
  return equals < 0 ? [body, undefined] : [body.slice(0, equals), body.slice(equals + 1)];
}

/** Parses a positive whole number of bytes. */
export function parseByteCount(option: string, value: string): number {
  if (!/^\d+$/.test(value) || Number(value) <= 0 || !Number.isSafeInteger(Number(value))) {
    throw new UsageError(`option '--${option}' needs a positive whole number of bytes, got '${value}'`);
  }
  return Number(value);
}

export function commandUsage(program: string, command: Command): string {
  const lines = [`Usage: ${program} ${command.name} [options] ${command.operandsUsage}`, '', command.summary];
  if (command.options.length > 0) {
    lines.push('', 'Options:');
    const labels = command.options.map((option) => `--${option.name}${option.valueName ? ` ${option.valueName}` : ''}`);
    const width = Math.max(...labels.map((label) => label.length));
    command.options.forEach((option, i) => lines.push(`  ${labels[i].padEnd(width)}  ${option.description}`));
  }
  return lines.join('\n') + '\n';
}
