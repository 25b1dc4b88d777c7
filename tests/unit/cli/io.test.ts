import { symlinkSync, mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { isExecutedDirectly } from '../../../scripts/cli/io';

const dir = mkdtempSync(join(tmpdir(), 'kwk-cli-io-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('whether a script is the program being run', () => {
  const script = join(dir, 'feed-check.ts');
  writeFileSync(script, '');
  const moduleUrl = pathToFileURL(script).href;

  it('is when Node was started with its path, also through a symlink', () => {
    expect(isExecutedDirectly(moduleUrl, script)).toBe(true);
    symlinkSync(dir, join(dir, 'link'));
    expect(isExecutedDirectly(moduleUrl, join(dir, 'link', 'feed-check.ts'))).toBe(true);
  });

  it('is not when it is imported by another program, such as a test runner', () => {
    expect(isExecutedDirectly(moduleUrl, join(dir, 'vitest.mjs'))).toBe(false);
    expect(isExecutedDirectly(moduleUrl, undefined)).toBe(false);
  });
});
