import { hostname } from 'node:os';
import { parseArgs } from 'node:util';
import { startChartroom } from '../electron/main/bootstrap';
import { chromiumPdf } from '../electron/main/preview/chromium-pdf';
import { startPreviewServer } from '../electron/main/preview/http-transport';

/**
 * `npm run preview -- --data-dir DIR [--port N]`: the built renderer and the real services on
 * 127.0.0.1, for any Chromium. Build the renderer first (npm run build:renderer).
 */
const { values } = parseArgs({
  options: { 'data-dir': { type: 'string' }, port: { type: 'string' } },
  allowPositionals: false,
});
const dataDir = values['data-dir'];
if (!dataDir) {
  console.error('Say which practice folder to open: npm run preview -- --data-dir DIR');
  process.exit(2);
}
const app = startChartroom({ dataDir, appVersion: process.env.npm_package_version ?? 'dev', pdf: chromiumPdf() });
const server = await startPreviewServer({
  app,
  rendererDir: new URL('../dist/renderer/', import.meta.url).pathname,
  port: values.port ? Number(values.port) : 0,
  workstation: `${hostname()} (preview)`,
});
console.log(`Chartroom preview for ${dataDir}\nOpen: ${server.url}\nPress Ctrl-C to stop.`);
const stop = async () => {
  await server.close();
  app.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
