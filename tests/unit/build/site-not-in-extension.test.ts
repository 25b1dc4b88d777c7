import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../../../wxt.config';

describe('the extension build', () => {
  it('leaves the publishing site out of its entrypoints, whose index.html WXT would take for an extension page', async () => {
    const entrypointsDir = resolve('entrypoints');
    const infos = ['popup/index.html', 'options/index.html', 'background.ts', 'site/index.html', 'site/configure.tsx']
      .map((path) => ({ name: path.split('/')[0], inputPath: resolve(entrypointsDir, path), type: 'unlisted-page' }));
    const hooks = config.hooks as Record<string, ((...args: unknown[]) => unknown) | undefined>;
    const found = hooks['entrypoints:found'];
    expect(found).toBeTypeOf('function');
    await found!({ config: { entrypointsDir } }, infos);
    expect(infos.map((info) => info.inputPath)).toEqual(['popup/index.html', 'options/index.html', 'background.ts'].map((path) => resolve(entrypointsDir, path)));
  });
});
