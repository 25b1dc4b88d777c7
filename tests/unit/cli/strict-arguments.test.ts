import { describe, expect, it } from 'vitest';
import type { CliMain } from '../../../scripts/cli/io';
import { main as feedCheck } from '../../../scripts/feed-check';
import { main as feedExport } from '../../../scripts/feed-export';
import { main as feedFromCsv } from '../../../scripts/feed-from-csv';
import { main as feedGenerate } from '../../../scripts/feed-generate';
import { main as feedImport } from '../../../scripts/feed-import';
import { main as feedSchema } from '../../../scripts/feed-schema';
import { main as makeDemoFeeds } from '../../../scripts/make-demo-feeds';
import { runCli } from '../../helpers/cli';

// Each command with arguments that are right apart from what a test adds, and the option
// that takes a value (none for commands without options).
const COMMANDS: Array<{ name: string; main: CliMain; argv: string[]; valueOption?: string }> = [
  { name: 'feed:check', main: feedCheck, argv: ['feed.json'] },
  { name: 'feed:export', main: feedExport, argv: ['hsds', 'feed.json', '--out', 'hsds/'], valueOption: '--out' },
  { name: 'feed:from-csv', main: feedFromCsv, argv: ['folder/', '--out', 'feed.json'], valueOption: '--buurten' },
  { name: 'feed:import', main: feedImport, argv: ['hsds', 'service.json', '--out', 'feed.json'], valueOption: '--municipality' },
  { name: 'feed:generate', main: feedGenerate, argv: ['--size', 'city', '--out', 'feed.json'], valueOption: '--seed' },
  { name: 'feed:schema', main: feedSchema, argv: [] },
  { name: 'feed:demo', main: makeDemoFeeds, argv: [] },
];

describe.each(COMMANDS)('npm run $name', ({ name, main, argv }) => {
  it('stops with exit code 2 on an unknown option, naming it, before doing anything', async () => {
    const { code, stdout, stderr } = await runCli(main, [...argv, '--no-such-flag']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('Unknown option --no-such-flag');
    expect(stderr).toContain(`Usage: npm run ${name}`);
  });

  it('stops with exit code 2 when --help is given a value', async () => {
    const { code, stderr } = await runCli(main, [...argv, '--help=yes']);
    expect(code).toBe(2);
    expect(stderr).toContain('Option --help takes no value');
  });

  it('explains itself on --help and exits 0', async () => {
    const { code, stdout } = await runCli(main, ['--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(new RegExp(`^Usage: npm run ${name}\\b`));
  });
});

describe.each(COMMANDS.filter((command) => command.valueOption))('npm run $name', ({ main, argv, valueOption }) => {
  it(`stops with exit code 2 when ${valueOption} misses its value`, async () => {
    const { code, stdout, stderr } = await runCli(main, [...argv, valueOption!]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(`Option ${valueOption} needs a value`);
  });
});
