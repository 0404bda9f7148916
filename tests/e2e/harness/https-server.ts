// Replays saved store pages over HTTPS on loopback, at their real URLs (see routes.ts).
// Port 443 because Firefox's network.dns.forceResolve maps names, not ports: the URL must stay the store's.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { makeSelfSignedCertificate } from './certificate';
import { ROUTES, routeKey, routeKeyOfUrl, type Route } from './routes';

export interface ServedRequest {
  url: string;
  status: number;
}

export interface StoreServer {
  port: number;
  /** Every request answered so far (store pages and the third-party noise that found its way here). */
  requests: ServedRequest[];
  /** True once the page at `url` has been served with status 200. */
  served(url: string): boolean;
  /** Requests per `host status`, e.g. `{"play.google.com 200": 3, "www.gstatic.com 404": 40}`. */
  summary(): Record<string, number>;
  close(): Promise<void>;
}

async function loadBody(route: Route): Promise<Buffer> {
  if (route.html !== undefined) return Buffer.from(route.html, 'utf8');
  if (!route.fixture || !existsSync(route.fixture)) {
    throw new Error(`Fixture for ${route.url} not found: ${route.fixture ?? '(none)'}`);
  }
  return readFile(route.fixture);
}

async function loadRoutes(routes: readonly Route[]): Promise<Map<string, Buffer>> {
  const bodies = await Promise.all(routes.map(loadBody));
  return new Map(routes.map((route, i) => [routeKeyOfUrl(route.url), bodies[i] as Buffer]));
}

function hostsOf(routes: readonly Route[]): string[] {
  return [...new Set(routes.map((r) => new URL(r.url).hostname))];
}

function listenOnce(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    // Both listeners go away whatever happens, so that retries do not pile them up.
    const onError = (error: NodeJS.ErrnoException): void => {
      server.off('listening', onListening);
      reject(error);
    };
    const onListening = (): void => {
      server.off('error', onError);
      resolve((server.address() as AddressInfo).port);
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, '127.0.0.1');
  });
}

export interface ListenOptions {
  /** 443 by default: Firefox reaches the store hosts on their real port only. */
  port?: number;
  /** If the port is taken or needs root, listen on any free port instead (fine for Chromium, whose
   * --host-resolver-rules map the port too). */
  anyPortIfUnavailable?: boolean;
  /** How long to wait for a port in use (e.g. by another e2e run) to become free. */
  waitForPortMs?: number;
}

async function listen(server: Server, options: ListenOptions): Promise<number> {
  const { port = 443, anyPortIfUnavailable = false, waitForPortMs = 60_000 } = options;
  const deadline = Date.now() + waitForPortMs;
  for (;;) {
    try {
      return await listenOnce(server, port);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if ((code === 'EACCES' || code === 'EADDRINUSE') && anyPortIfUnavailable) {
        console.warn(`[e2e] port ${port} unavailable (${code}); the store server listens on a free port instead`);
        return listenOnce(server, 0);
      }
      if (code === 'EACCES') throw new Error(`Binding port ${port} needs root (or CAP_NET_BIND_SERVICE).`);
      if (code !== 'EADDRINUSE' || Date.now() >= deadline) {
        throw new Error(`Cannot listen on 127.0.0.1:${port} (${code ?? String(error)}); is another e2e run using it?`);
      }
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}

export interface StoreServerOptions extends ListenOptions {
  routes?: readonly Route[];
}

export async function startStoreServer({ routes = ROUTES, ...listening }: StoreServerOptions = {}): Promise<StoreServer> {
  const [pages, certificate] = await Promise.all([loadRoutes(routes), makeSelfSignedCertificate(hostsOf(routes))]);
  const requests: ServedRequest[] = [];
  const server = createServer(certificate, (req, res) => {
    const host = (req.headers.host ?? '127.0.0.1').replace(/:\d+$/, '') || '127.0.0.1';
    const url = new URL(req.url ?? '/', 'https://placeholder');
    const readable = req.method === 'GET' || req.method === 'HEAD';
    const body = readable ? pages.get(routeKey(host, url.pathname, url.searchParams)) : undefined;
    const status = body ? 200 : 404;
    requests.push({ url: `https://${host}${req.url ?? ''}`, status });
    const payload = body ?? Buffer.from('Not found\n');
    res.writeHead(status, {
      'content-type': body ? 'text/html; charset=utf-8' : 'text/plain; charset=utf-8',
      'content-length': payload.length,
      'cache-control': 'no-store',
    });
    res.end(req.method === 'HEAD' ? undefined : payload);
  });
  const boundPort = await listen(server, listening);
  return {
    port: boundPort,
    requests,
    served: (pageUrl) => {
      const key = routeKeyOfUrl(pageUrl);
      return requests.some((r) => r.status === 200 && routeKeyOfUrl(r.url) === key);
    },
    summary: () => {
      const counts: Record<string, number> = {};
      for (const r of requests) {
        const key = `${new URL(r.url).hostname} ${r.status}`;
        counts[key] = (counts[key] ?? 0) + 1;
      }
      return counts;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
