/**
 * The session every Chartroom window uses. No `persist:` prefix, so it lives in memory only:
 * whatever the renderer might put in localStorage, IndexedDB or the HTTP cache is gone at quit and
 * never reaches the disk in plaintext (SECURITY.md S1; drafts belong in the encrypted store).
 */
export const appPartition = 'chartroom';

/**
 * webPreferences for every window, following the Electron security checklist
 * (https://www.electronjs.org/docs/latest/tutorial/security): #2 no Node.js integration, #3 context
 * isolation, #4 process sandboxing, #6 webSecurity on, #8 no insecure content, #9 no experimental
 * features, #10 no enableBlinkFeatures (left unset), #12 no <webview>. DevTools exist only in
 * unpackaged builds (SECURITY.md S12).
 */
export const secureWebPreferences = (preloadPath: string, options: { packaged: boolean }) =>
  ({
    preload: preloadPath,
    partition: appPartition,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    plugins: false,
    enableWebSQL: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: true,
    devTools: !options.packaged,
  }) as const;
