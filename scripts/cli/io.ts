/**
 * What a command-line script needs from the outside world, and how it starts. Each script
 * exports `main(argv, io)`, so tests run it in-process with captured output, and starts it
 * only when it is the program itself (`tsx scripts/feed-check.ts`), not when imported.
 *
 *   export async function main(argv: string[], io: CliIo): Promise<number> {
 *     io.out('Feed check: feed.json');
 *     return 0;
 *   }
 *   runWhenExecutedDirectly(import.meta.url, main);
 */
import { realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

export interface CliIo {
  /** Writes one line to standard output (the line break is added). */
  out(text: string): void;
  /** Writes one line to standard error (the line break is added). */
  err(text: string): void;
}

/** A script's entry: its exit code is 0 ok, 1 problems found in the input, 2 usage error or nothing done. */
export type CliMain = (argv: string[], io: CliIo) => Promise<number>;

/**
 * Control characters written as `\u001b`, so a text from a feed (a name, a reason that
 * quotes a cell) cannot move the cursor, clear the screen, recolour or reorder the
 * terminal and so hide problems: C0 and C1 controls but the line break and tab, and the
 * bidirectional overrides and isolates.
 */
export function printable(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.charCodeAt(0);
    const control = (code < 0x20 && char !== '\n' && char !== '\t') || (code >= 0x7f && code <= 0x9f);
    const bidi = code === 0x061c || code === 0x200e || code === 0x200f || (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069);
    out += control || bidi ? `\\u${code.toString(16).padStart(4, '0')}` : char;
  }
  return out;
}

export const processIo: CliIo = {
  out: (text) => void process.stdout.write(`${printable(text)}\n`),
  err: (text) => void process.stderr.write(`${printable(text)}\n`),
};

/** Whether the module at `moduleUrl` is the script Node was started with (symlinks resolved, as for import.meta.url). */
export function isExecutedDirectly(moduleUrl: string, scriptPath: string | undefined = process.argv[1]): boolean {
  if (!scriptPath) return false;
  try {
    return pathToFileURL(realpathSync(scriptPath)).href === moduleUrl;
  } catch {
    return false;
  }
}

/**
 * Runs `main` with the process's arguments when the module is the script being executed, and
 * sets process.exitCode to its result: process.exit() would cut off output still being written
 * to a pipe. A crash is printed and exits 2, as "nothing done".
 */
export function runWhenExecutedDirectly(moduleUrl: string, main: CliMain): void {
  if (!isExecutedDirectly(moduleUrl)) return;
  main(process.argv.slice(2), processIo).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      processIo.err(error instanceof Error ? (error.stack ?? error.message) : String(error));
      process.exitCode = 2;
    },
  );
}
