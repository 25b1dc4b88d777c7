import { describe, expect, it } from 'vitest';
import { parseCliArgs, stringOptions, type CliOptions, type CliSpec } from '../../../scripts/cli/args';

const SPEC = {
  usage: 'npm run feed:x -- <file> --out feed.json',
  help: 'Turns a file into a feed.',
  options: { ...stringOptions(['out', 'buurten']), pretty: { type: 'boolean' } },
  maxPositionals: 1,
} as const;

function parse(argv: string[], spec: CliSpec<CliOptions> = SPEC) {
  const printed = { out: [] as string[], err: [] as string[] };
  const args = parseCliArgs(argv, { out: (text) => printed.out.push(text), err: (text) => printed.err.push(text) }, spec);
  return { args, ...printed };
}

describe('strict command-line arguments', () => {
  it('reads positionals, --name value, --name=value and flags', () => {
    const { args, err } = parse(['data/', '--out', 'feed.json', '--buurten=b.geojson', '--pretty']);
    expect(args).toEqual({ ok: true, positionals: ['data/'], values: { out: 'feed.json', buurten: 'b.geojson', pretty: true } });
    expect(err).toEqual([]);
  });

  it('keeps an empty value given with =', () => {
    expect(parse(['--out=']).args).toMatchObject({ ok: true, values: { out: '' } });
  });

  it('stops with exit code 2 on an unknown option, naming it in one line above the usage', () => {
    const { args, err, out } = parse(['--no-such-flag', 'x.json']);
    expect(args).toEqual({ ok: false, exitCode: 2 });
    expect(err).toEqual(['Unknown option --no-such-flag.', 'Usage: npm run feed:x -- <file> --out feed.json  (--help for more)']);
    expect(out).toEqual([]);
  });

  it('suggests the option a typo was meant to be', () => {
    expect(parse(['--ouput', 'feed.json']).err[0]).toBe('Unknown option --ouput (did you mean --out?).');
    expect(parse(['-x']).err[0]).toBe('Unknown option -x.');
  });

  it('stops with exit code 2 when an option has no value, at the end or before another option', () => {
    for (const argv of [['x', '--out'], ['--out', '--pretty']]) {
      const { args, err } = parse(argv);
      expect(args).toEqual({ ok: false, exitCode: 2 });
      expect(err[0]).toMatch(/^Option --out needs a value/);
    }
  });

  it('stops with exit code 2 when a flag is given a value', () => {
    const { args, err } = parse(['--pretty=yes']);
    expect(args).toEqual({ ok: false, exitCode: 2 });
    expect(err[0]).toBe('Option --pretty takes no value.');
  });

  it('stops with exit code 2 on an argument too many', () => {
    const { args, err } = parse(['a.json', 'b.json']);
    expect(args).toEqual({ ok: false, exitCode: 2 });
    expect(err[0]).toBe("Unexpected argument 'b.json'.");
  });

  it('prints the usage and the help on standard output for --help and -h, and exits 0', () => {
    for (const flag of ['--help', '-h']) {
      const { args, out, err } = parse(['x', flag]);
      expect(args).toEqual({ ok: false, exitCode: 0 });
      expect(out).toEqual(['Usage: npm run feed:x -- <file> --out feed.json\n\nTurns a file into a feed.']);
      expect(err).toEqual([]);
    }
  });
});
