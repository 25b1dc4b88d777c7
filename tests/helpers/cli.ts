/**
 * Runs a script's `main` in-process, with the arguments `npm run <script> -- …` would pass,
 * and captures what it prints and its exit code.
 *
 *   import { main as feedCheck } from '../../scripts/feed-check';
 *   const { code, stdout, stderr } = await runCli(feedCheck, ['feed.json']);
 */
import type { CliMain } from '../../scripts/cli/io';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(main: CliMain, argv: string[]): Promise<CliRun> {
  const run = { stdout: '', stderr: '' };
  const code = await main(argv, {
    out: (text) => void (run.stdout += `${text}\n`),
    err: (text) => void (run.stderr += `${text}\n`),
  });
  return { code, ...run };
}
