import { BrowserWindow, type Session, session } from 'electron';
import type { PdfPort } from '../services/print/pdf-port';

/**
 * The PDF port in the app (ARCHITECTURE.md section 6): a hidden window renders the document and
 * webContents.printToPDF returns the bytes, with the same options object the preview and the tests
 * give Playwright's page.pdf. The window has no preload and no JavaScript, its in-memory session
 * refuses every permission and every request except the document's own data: URL (the HTML is
 * self-contained), and it is destroyed after each document; nothing touches the disk (SECURITY.md S1).
 */
const printPartition = 'chartroom-print';
/** Chromium refuses URLs longer than 2 MiB (url/url_constants.h kMaxURLChars); a document's data: URL must fit. */
const maxUrlChars = 2 * 1024 * 1024;

const printSession = () => {
  const printing = session.fromPartition(printPartition);
  printing.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  printing.setPermissionCheckHandler(() => false);
  printing.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !details.url.startsWith('data:') }));
  return printing;
};

export const electronPdf = (): PdfPort => {
  let printing: Session | null = null;
  return {
    async htmlToPdf(html, options) {
      const url = `data:text/html;charset=utf-8;base64,${Buffer.from(html).toString('base64')}`;
      if (url.length > maxUrlChars) {
        throw new Error(
          `The document is too large to print in one piece (${Math.round(url.length / 1024)} KiB of HTML).`,
        );
      }
      printing ??= printSession();
      const window = new BrowserWindow({
        show: false,
        width: 816,
        height: 1056,
        webPreferences: {
          session: printing,
          javascript: false,
          sandbox: true,
          contextIsolation: true,
          nodeIntegration: false,
          webSecurity: true,
          plugins: false,
          spellcheck: false,
          devTools: false,
        },
      });
      try {
        await window.webContents.loadURL(url);
        return await window.webContents.printToPDF(options);
      } finally {
        window.destroy();
      }
    },
    async close() {},
  };
};
