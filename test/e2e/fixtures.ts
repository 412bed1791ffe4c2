import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import type { Role } from '../../electron/contract/roles';
import { type ChartroomApp, startChartroom } from '../../electron/main/bootstrap';
import { chromiumPdf } from '../../electron/main/preview/chromium-pdf';
import { startPreviewServer } from '../../electron/main/preview/http-transport';
import { callerFor, practiceInput, staffPasswords } from '../helpers/practice';

/**
 * Each test gets its own practice folder, the real services and a preview server on 127.0.0.1,
 * and a page opened at the printed address. `seed()` sets the practice up through the API for tests
 * that start after the wizard; the wizard test drives the wizard itself.
 */
const rendererDir = join(import.meta.dirname, '..', '..', 'dist', 'renderer');
const screenshotDir = join(import.meta.dirname, '..', '..', 'artifacts', 'e2e');

export interface PreviewPractice {
  dir: string;
  app: ChartroomApp;
  url: string;
  /** Sets up the practice with one user per role; returns the recovery key. */
  seed(): Promise<string>;
  /** Opens the app in the page and signs in as the role's test user. */
  signIn(page: Page, role: Role): Promise<void>;
}

export const test = base.extend<{ practice: PreviewPractice }>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's dependencies from this pattern; there are none.
  practice: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'chartroom-e2e-'));
    const app = startChartroom({
      dataDir: dir,
      appVersion: 'e2e',
      validateOutputs: true,
      log: () => {},
      pdf: chromiumPdf(),
    });
    const server = await startPreviewServer({ app, rendererDir, workstation: 'e2e-workstation' });
    const practice: PreviewPractice = {
      dir,
      app,
      url: server.url,
      async seed() {
        const admin = callerFor(app, app.openConnection('http', 'e2e-seed'));
        const manager = staffPasswords.office_manager;
        const { recoveryKey } = await admin.must('setup.initialise', {
          practice: practiceInput,
          admin: { username: manager.username, fullName: manager.fullName, password: manager.password },
        });
        await admin.must('auth.login', { username: manager.username, password: manager.password });
        for (const role of ['physician', 'nurse', 'front_desk'] as const) {
          const user = await admin.must('users.create', { ...staffPasswords[role], role });
          app.services.vault.store.sqlite
            .prepare('UPDATE users SET must_change_password = 0 WHERE id = ?')
            .run(user.id);
        }
        await admin.must('auth.logout', {});
        return recoveryKey;
      },
      async signIn(page, role) {
        const staff = staffPasswords[role];
        await page.goto(server.url);
        await page.getByLabel('Username').fill(staff.username);
        await page.getByLabel('Password', { exact: true }).fill(staff.password);
        await page.getByRole('button', { name: /sign in/i }).click();
        await expect(page.getByText(staff.fullName).first()).toBeVisible();
      },
    };
    await use(practice);
    await server.close();
    app.close();
    rmSync(dir, { recursive: true, force: true });
  },
});

/** Saves a full-page screenshot as a CI artifact: artifacts/e2e/<name>.png. */
export const screenshot = async (page: Page, name: string) => {
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: join(screenshotDir, `${name}.png`), fullPage: true });
};

export { expect };
