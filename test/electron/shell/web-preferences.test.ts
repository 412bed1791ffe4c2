import { describe, expect, it } from 'vitest';
import { appPartition, secureWebPreferences } from '../../../electron/main/shell/policy/web-preferences';

describe('secureWebPreferences (checklist #2-#4, #6, #8-#10, #12; S12)', () => {
  const prefs = secureWebPreferences('/app/dist/preload/index.cjs', { packaged: true });

  it('isolates, sandboxes and keeps Node out of every renderer, worker and subframe', () => {
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
    });
  });

  it('keeps web security on and every risky feature off', () => {
    expect(prefs).toMatchObject({
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      plugins: false,
      enableWebSQL: false,
      navigateOnDragDrop: false,
    });
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
    expect(prefs).not.toHaveProperty('additionalArguments');
  });

  it('loads the given preload and allows spellcheck', () => {
    expect(prefs.preload).toBe('/app/dist/preload/index.cjs');
    expect(prefs.spellcheck).toBe(true);
  });

  it('has DevTools only in unpackaged builds', () => {
    expect(prefs.devTools).toBe(false);
    expect(secureWebPreferences('/p', { packaged: false }).devTools).toBe(true);
  });

  it('uses an in-memory partition, so web storage never reaches the disk (S1)', () => {
    expect(prefs.partition).toBe(appPartition);
    expect(appPartition.startsWith('persist:')).toBe(false);
  });
});
