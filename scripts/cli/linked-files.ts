/**
 * How the feed tools read the GeoJSON a feed on disk links to: a file inside the
 * feed's own folder (symbolic links followed, then checked), or an http(s) address
 * through the feed loader, with its limits. Any other file is refused: a feed from
 * elsewhere must not make a tool read a file like /etc/passwd, let alone print it.
 *
 *   const resolved = await resolveLinkedNeighbourhoods(json, pathToFileURL(file), linkedFileLoader(file), ['file:', 'http:', 'https:']);
 */
import { realpathSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadFeedText, type LoadResult } from '../../lib/feed/load';

const failed = (code: 'not-found' | 'invalid-structure', message: string): LoadResult => ({ status: 'failed', failure: { code, message } });

/** A loader for the links of the feed file `feedFile`. */
export function linkedFileLoader(feedFile: string): (url: URL) => Promise<LoadResult> {
  const folder = realpathSync(dirname(resolve(feedFile)));
  return async (url) => {
    if (url.protocol === 'http:' || url.protocol === 'https:') return loadFeedText(url.href);
    if (url.protocol !== 'file:') return failed('invalid-structure', `${url.href} is no file or web address`);
    let path: string;
    try {
      path = realpathSync(fileURLToPath(url));
    } catch {
      return failed('not-found', `${fileURLToPath(url)}: no such file`);
    }
    const inside = relative(folder, path);
    if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) {
      return failed('invalid-structure', `${path} lies outside the feed's folder (${folder}); link only to files beside the feed, or to an https address`);
    }
    try {
      return { status: 'ok', text: await readFile(path, 'utf8') };
    } catch (error) {
      return failed('not-found', `${path} could not be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
    }
  };
}
