import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAdaptorServer } from '@hono/node-server';

/** A running server: where it listens, and how to stop it. */
export interface ServerHandle {
  /** `http://127.0.0.1:8080/`: the address to open (an IPv6 host in brackets). */
  url: string;
  host: string;
  /** The port actually bound: a free one when 0 was asked. */
  port: number;
  /** Stops accepting connections, ends open ones and resolves once the server is closed. */
  close(): Promise<void>;
}

/** Where to listen; `port: 0` picks a free port. */
export interface ListenOptions {
  port: number;
  host: string;
}

/**
 * Serves a `fetch(Request) => Response` app (a Hono app) over Node's HTTP server. Resolves once it
 * listens; rejects when it cannot (the port taken, the host unknown).
 * @example const server = await listen(createApp(ctx), { port: 0, host: '127.0.0.1' }); await server.close()
 */
export function listen(app: { fetch: (request: Request) => Response | Promise<Response> }, options: ListenOptions): Promise<ServerHandle> {
  const server = createAdaptorServer({ fetch: (request) => app.fetch(request) }) as Server;
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      const port = (server.address() as AddressInfo).port;
      const shown = options.host.includes(':') ? `[${options.host}]` : options.host;
      resolve({ url: `http://${shown}:${port}/`, host: options.host, port, close: () => closeServer(server) });
    });
  });
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    // Idle keep-alive connections would hold close() open; requests in flight are cut short.
    server.closeAllConnections();
  });
}
