/**
 * Strict command-line arguments for the scripts, on Node's util.parseArgs. An unknown or
 * mistyped option, an option without its value or an argument too many stops the script with
 * exit code 2: one line naming the culprit, then the usage line. `--help` (`-h`) prints the
 * usage and the help text and exits 0.
 *
 *   const args = parseCliArgs(argv, io, { usage: 'npm run feed:x -- <file> --out feed.json', options: { out: { type: 'string' } }, maxPositionals: 1 });
 *   if (!args.ok) return args.exitCode;
 *   args.positionals[0]; // 'file'
 *   args.values.out;     // 'feed.json', or undefined when not given
 */
import { parseArgs } from 'node:util';
import type { CliIo } from './io';

export const EXIT_USAGE = 2;

export interface CliOption {
  type: 'string' | 'boolean';
  short?: string;
}
export type CliOptions = Record<string, CliOption>;

export interface CliSpec<O extends CliOptions> {
  /** The command with its arguments, e.g. `npm run feed:check -- <feed file or URL>`. */
  usage: string;
  /** What `--help` prints below the usage line: the arguments and options explained. */
  help?: string;
  options: O;
  /** How many positional arguments the command takes at most (default none). */
  maxPositionals?: number;
}

export type CliValues<O extends CliOptions> = { [K in keyof O]?: O[K]['type'] extends 'boolean' ? boolean : string };

export type CliArgs<O extends CliOptions> =
  | { ok: true; values: CliValues<O>; positionals: string[] }
  | { ok: false; exitCode: number };

/** Options that each take a text value, by name: `stringOptions(['out'])` is `{ out: { type: 'string' } }`. */
export function stringOptions<const N extends string>(names: readonly N[]): Record<N, { type: 'string' }> {
  return Object.fromEntries(names.map((name) => [name, { type: 'string' }])) as Record<N, { type: 'string' }>;
}

export function parseCliArgs<const O extends CliOptions>(argv: readonly string[], io: CliIo, spec: CliSpec<O>): CliArgs<O> {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: { ...spec.options, help: { type: 'boolean', short: 'h' } },
      strict: true,
      allowPositionals: true,
    });
  } catch (error) {
    return { ok: false, exitCode: usageError(io, spec, parseErrorReason(error, Object.keys(spec.options))) };
  }
  if (parsed.values.help) {
    io.out(spec.help ? `Usage: ${spec.usage}\n\n${spec.help}` : `Usage: ${spec.usage}`);
    return { ok: false, exitCode: 0 };
  }
  const extra = parsed.positionals[spec.maxPositionals ?? 0];
  if (extra !== undefined) return { ok: false, exitCode: usageError(io, spec, `Unexpected argument '${extra}'.`) };
  return { ok: true, values: parsed.values as CliValues<O>, positionals: parsed.positionals };
}

/** Prints `reason` and the usage line to standard error; returns the exit code for a usage error. */
export function usageError(io: CliIo, spec: { usage: string }, reason: string): number {
  io.err(reason);
  io.err(`Usage: ${spec.usage}  (--help for more)`);
  return EXIT_USAGE;
}

// util.parseArgs names the option in its message ("Unknown option '--outt'. To specify…"):
// keep the name, say it in one line.
function parseErrorReason(error: unknown, known: string[]): string {
  const { code, message } = error as { code?: string; message: string };
  const option = /'(?:-\w, )?(-[^' ,]*)/.exec(message)?.[1]; // '-h, --help' names the long form
  if (!option) return message.split('\n')[0];
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION': {
      const near = closest(option.replace(/^-+/, ''), [...known, 'help']);
      return `Unknown option ${option}${near ? ` (did you mean --${near}?)` : ''}.`;
    }
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return message.includes('does not take')
        ? `Option ${option} takes no value.`
        : `Option ${option} needs a value: ${option} <value> (or ${option}=<value> when the value starts with -).`;
    default:
      return message.split('\n')[0];
  }
}

/** The known name at most two edits away from `name`, for a typo like --ouput. */
function closest(name: string, known: string[]): string | undefined {
  if (name.length < 3) return undefined;
  let best: { name: string; distance: number } | undefined;
  for (const candidate of known) {
    const distance = editDistance(name, candidate);
    if (distance <= 2 && (!best || distance < best.distance)) best = { name: candidate, distance };
  }
  return best?.name;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}
