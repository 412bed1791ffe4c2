import type { CallProcedure, ChartroomEvent, Result } from '../../../electron/contract';

/**
 * The preview transport (ARCHITECTURE.md section 3): the same procedures over loopback HTTP.
 * The per-launch token arrives once in the URL fragment (never sent to the server in a request line
 * or a Referer) and is kept for this tab only. The connection id ties this tab to its session on the
 * server, as a window's webContents does in the app, so a reload keeps the session.
 */
const tokenKey = 'chartroom.preview.token';
const connectionKey = 'chartroom.preview.connection';

const readToken = (): string | null => {
  const fromHash = new URLSearchParams(window.location.hash.slice(1)).get('token');
  if (fromHash) {
    sessionStorage.setItem(tokenKey, fromHash);
    window.history.replaceState(null, '', window.location.pathname);
    return fromHash;
  }
  return sessionStorage.getItem(tokenKey);
};

const connectionId = (): string => {
  const existing = sessionStorage.getItem(connectionKey);
  if (existing) return existing;
  const fresh = crypto.randomUUID();
  sessionStorage.setItem(connectionKey, fresh);
  return fresh;
};

const transportFailure = (message: string): Result<never> => ({ ok: false, error: { code: 'INTERNAL', message } });

export const createHttpTransport = () => {
  const token = readToken();
  const connection = connectionId();
  const call: CallProcedure = async (name, input) => {
    if (!token) {
      return transportFailure(
        'This page was opened without its access token. Open the address printed by the preview.',
      );
    }
    try {
      const response = await fetch('/api/call', {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${token}`,
          'x-chartroom-connection': connection,
        },
        body: JSON.stringify({ name, input }),
      });
      return (await response.json()) as Result<unknown>;
    } catch {
      return transportFailure('Chartroom is not responding. Check that the preview is still running, then try again.');
    }
  };
  const onEvent = (listener: (event: ChartroomEvent) => void) => {
    if (!token) return () => {};
    const source = new EventSource(
      `/api/events?token=${encodeURIComponent(token)}&connection=${encodeURIComponent(connection)}`,
    );
    source.onmessage = (message) => listener(JSON.parse(message.data) as ChartroomEvent);
    return () => source.close();
  };
  return { call, onEvent };
};
