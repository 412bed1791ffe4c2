import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron as electron, expect, test } from '@playwright/test';
import type { ChartroomBridge } from '../../../electron/contract';

// The real app, started the way `npm start` starts it (after `npm run build`), against a fresh data dir.
// ARCHITECTURE.md section 8: wherever an Electron binary exists this runs; elsewhere it says so loudly.

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const skipReason =
  'SKIPPED: no Electron binary on this machine (downloads are blocked); the same flows run in Chromium through the preview transport';

/**
 * The binary that `require('electron')` would name, found the same way (path.txt, or
 * ELECTRON_OVERRIDE_DIST_PATH) but without requiring it: when the binary is missing, requiring
 * 'electron' from Node starts a download, and Playwright's default launch does exactly that.
 */
const electronBinary = (): string | null => {
  const packageDir = path.join(repoRoot, 'node_modules', 'electron');
  const pathFile = path.join(packageDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null;
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const binary = override
    ? path.join(override, relative ?? 'electron')
    : relative
      ? path.join(packageDir, 'dist', relative)
      : null;
  return binary && existsSync(binary) ? binary : null;
};

const binary = electronBinary();
if (!binary) console.warn(skipReason);

test.describe('Electron app smoke', () => {
  test.skip(!binary, skipReason);

  let dataDir = '';
  test.beforeEach(() => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'chartroom-smoke-'));
  });
  test.afterEach(() => {
    rmSync(dataDir, { recursive: true, force: true });
  });

  test('first run opens the setup wizard in an isolated window that reaches the store only through the bridge', async () => {
    expect(existsSync(path.join(repoRoot, 'dist', 'main', 'index.cjs')), 'run `npm run build` first').toBe(true);
    const app = await electron.launch({
      executablePath: binary ?? '',
      args: [repoRoot, '--data-dir', dataDir],
      cwd: repoRoot,
    });
    try {
      const page = await app.firstWindow();
      await expect(page).toHaveURL('app://chartroom/index.html');
      await expect(page.getByRole('heading', { name: 'Set up Chartroom' })).toBeVisible();

      const surface = await page.evaluate(async () => {
        const { chartroom } = window as unknown as { chartroom: ChartroomBridge };
        return {
          node: ['require', 'process', 'module', 'Buffer'].filter((name) => name in window),
          domains: Object.keys(chartroom).sort(),
          status: await chartroom.setup.status({}),
        };
      });
      // contextBridge.exposeInMainWorld throws unless contextIsolation is on, so a working bridge
      // proves it; no Node global in the page proves nodeIntegration is off.
      expect(surface.node).toEqual([]);
      expect(surface.domains).toContain('onEvent');
      expect(surface.status).toMatchObject({ ok: true, value: { state: 'needs-setup' } });
    } finally {
      await app.close();
    }
  });
});
