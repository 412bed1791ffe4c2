import { randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { maxRequestBytes } from '../api/input-guard';
import type { ChartroomApp, Connection } from '../bootstrap';
import { contentSecurityPolicy } from './content-security-policy';

/**
 * The preview transport (ARCHITECTURE.md section 3): the real renderer in any Chromium against the
 * real services, over 127.0.0.1 only. A per-launch secret token guards every API call, the Host header
 * must be loopback (defeats DNS rebinding), and the same CSP as the app is sent with every page.
 */
export interface PreviewServer {
  url: string;
  origin: string;
  token: string;
  close(): Promise<void>;
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.json': 'application/json',
  '.ico': 'image/x-icon',
};

const securityHeaders = {
  'content-security-policy': contentSecurityPolicy,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
  'cross-origin-opener-policy': 'same-origin',
  'x-frame-options': 'DENY',
};

const sendJson = (response: ServerResponse, status: number, body: unknown) => {
  response.writeHead(status, { ...securityHeaders, 'content-type': 'application/json; charset=utf-8' });
  response.end(JSON.stringify(body));
};

const refuse = (response: ServerResponse, status: number, message: string) =>
  sendJson(response, status, { ok: false, error: { code: status === 413 ? 'BAD_REQUEST' : 'FORBIDDEN', message } });

const readBody = (request: IncomingMessage): Promise<string | null> =>
  new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      // The router applies the real limits per field (input-guard.ts); this only stops a body that no
      // procedure could accept: the general limit plus the one allowance for an imported document.
      if (size > maxRequestBytes) {
        resolveBody(null);
        request.destroy();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolveBody(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });

const sameSecret = (given: string, expected: string) => {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
};

export const startPreviewServer = async (options: {
  app: ChartroomApp;
  rendererDir: string;
  port?: number;
  workstation: string;
}): Promise<PreviewServer> => {
  const token = randomBytes(32).toString('base64url');
  const rendererRoot = resolve(options.rendererDir);
  const connections = new Map<string, Connection>();
  let origin = '';
  let allowedHosts = new Set<string>();

  const connectionFor = (clientId: string): Connection => {
    let connection = connections.get(clientId);
    if (!connection) {
      connection = options.app.openConnection('http', options.workstation);
      connections.set(clientId, connection);
    }
    return connection;
  };

  const serveFile = (pathname: string, response: ServerResponse) => {
    const relative = normalize(decodeURIComponent(pathname)).replace(/^([/\\])+/, '');
    let file = join(rendererRoot, relative || 'index.html');
    if (!file.startsWith(rendererRoot + sep) && file !== rendererRoot) return refuse(response, 403, 'Not allowed.');
    if (!existsSync(file) || statSync(file).isDirectory()) file = join(rendererRoot, 'index.html');
    if (!existsSync(file)) return refuse(response, 404, 'The renderer is not built. Run npm run build:renderer first.');
    response.writeHead(200, {
      ...securityHeaders,
      'content-type': contentTypes[extname(file)] ?? 'application/octet-stream',
    });
    response.end(readFileSync(file));
  };

  const handleCall = async (request: IncomingMessage, response: ServerResponse) => {
    const authorization = request.headers.authorization ?? '';
    const clientId = String(request.headers['x-chartroom-connection'] ?? '');
    if (!sameSecret(authorization, `Bearer ${token}`))
      return refuse(response, 403, 'This preview session needs the token printed at launch.');
    if (request.headers.origin && request.headers.origin !== origin)
      return refuse(response, 403, 'Requests from other sites are refused.');
    if (!/^[0-9a-f-]{36}$/.test(clientId))
      return refuse(response, 403, 'The request did not say which window it came from.');
    const body = await readBody(request);
    if (body === null)
      return refuse(response, 413, 'The request is too large. Shorten the text or split the work into smaller parts.');
    let message: { name?: unknown; input?: unknown };
    try {
      message = JSON.parse(body) as { name?: unknown; input?: unknown };
    } catch {
      return sendJson(response, 400, {
        ok: false,
        error: { code: 'BAD_REQUEST', message: 'The request could not be read.' },
      });
    }
    const result = await options.app.call(connectionFor(clientId), String(message.name ?? ''), message.input);
    sendJson(response, 200, result);
  };

  const handleEvents = (url: URL, request: IncomingMessage, response: ServerResponse) => {
    const clientId = url.searchParams.get('connection') ?? '';
    if (!sameSecret(url.searchParams.get('token') ?? '', token) || !/^[0-9a-f-]{36}$/.test(clientId)) {
      return refuse(response, 403, 'This preview session needs the token printed at launch.');
    }
    const connection = connectionFor(clientId);
    response.writeHead(200, { ...securityHeaders, 'content-type': 'text/event-stream', connection: 'keep-alive' });
    response.write(': connected\n\n');
    const unsubscribe = options.app.onEvent((connectionId, event) => {
      if (connectionId === connection.id) response.write(`data: ${JSON.stringify(event)}\n\n`);
    });
    request.on('close', unsubscribe);
  };

  const server: Server = createServer((request, response) => {
    if (!allowedHosts.has(String(request.headers.host ?? '')))
      return refuse(response, 421, 'Chartroom preview answers on 127.0.0.1 only.');
    const url = new URL(request.url ?? '/', origin);
    if (request.method === 'POST' && url.pathname === '/api/call') {
      handleCall(request, response).catch(() => refuse(response, 500, 'The request failed.'));
      return;
    }
    if (request.method === 'GET' && url.pathname === '/api/events') return handleEvents(url, request, response);
    if (request.method === 'GET') return serveFile(url.pathname, response);
    refuse(response, 405, 'Not allowed.');
  });

  await new Promise<void>((resolveListen) => server.listen(options.port ?? 0, '127.0.0.1', resolveListen));
  const port = (server.address() as AddressInfo).port;
  origin = `http://127.0.0.1:${port}`;
  allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  return {
    url: `${origin}/#token=${token}`,
    origin,
    token,
    close: () =>
      new Promise<void>((resolveClose) => {
        for (const connection of connections.values()) options.app.closeConnection(connection);
        server.closeAllConnections();
        server.close(() => resolveClose());
      }),
  };
};
