/**
 * `npm start`: builds the widget and the publishing site and serves the demo page of the
 * fictional "Gemeente Voorbeeldstad" with the widget on the Almere demo feed, and the site
 * beside it. Works offline.
 *
 *   npm start                 # http://127.0.0.1:5173/ and http://127.0.0.1:5173/site/
 *   PORT=8080 npm start
 *   npm start -- --no-build   # serve the widget and site built earlier
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { startDemoServer } from './demo-server';

const port = Number(process.env.PORT ?? 5173);

if (!process.argv.includes('--no-build')) {
  execSync('npm run build:widget && npm run build:site', { stdio: 'inherit' });
}
if (!existsSync('dist/widget/kinderwerk-kaart.js')) {
  console.error('No widget build in dist/widget. Run npm start without --no-build.');
  process.exit(1);
}

const demo = await startDemoServer({ port });
console.log(
  `\nGemeente Voorbeeldstad (demo) with the Kinderwerkkaart widget:\n\n  ${demo.url}\n\n` +
    `The publishing site (feed builder, embed configurator):\n\n  ${demo.url}site/\n\nPress Ctrl+C to stop.`,
);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void demo.close().then(() => process.exit(0)));
}
