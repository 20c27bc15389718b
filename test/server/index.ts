/**
 * A small web server for the tests, on 127.0.0.1 and a free port: it serves the pages and feeds of
 * test/fixtures/feeds/ (with `{{BASE}}` replaced by its own address) and the bad answers a fetcher
 * must survive: slow, huge, redirect loop, 404, wrong type, 503 then 200. Nothing leaves the machine.
 */
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import iconv from 'iconv-lite';

const FIXTURES = fileURLToPath(new URL('../fixtures/feeds/', import.meta.url));

/** A running test server. */
export interface TestServer {
  /** `http://127.0.0.1:PORT` */
  base: string;
  /** How many times each path (with its query) was asked for. */
  hits: Map<string, number>;
  /** The User-Agent of every request, in order. */
  userAgents: string[];
  close(): Promise<void>;
}

type Handler = (req: http.IncomingMessage, res: http.ServerResponse, server: TestServer) => void;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.rss': 'application/rss+xml; charset=utf-8',
  '.atom': 'application/atom+xml; charset=utf-8',
  '.json': 'application/feed+json; charset=utf-8',
  '.opml': 'text/x-opml; charset=utf-8',
};

/** The Russian page served in windows-1251, with the charset only in the header. */
export const RUSSIAN_TEXT =
  'Шторм затопил портовый город во вторник, и четыре тысячи домов остались без электричества, сообщил региональный совет. ' +
  'Около трёхсот жителей провели ночь в спортивном зале, а спасатели всю ночь откачивали воду с нижних улиц.';

const ROUTES: Record<string, Handler> = {
  /** Waits long before answering: a fetch with a short timeout gives up. */
  '/slow': (_req, res) => {
    const timer = setTimeout(() => res.writeHead(200, { 'content-type': 'text/html' }).end('<p>late</p>'), 10_000);
    res.on('close', () => clearTimeout(timer));
  },
  /** An endless page: chunks of 64 KB until the client stops reading. */
  '/huge': (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    const chunk = Buffer.from(`<p>${'Storm news paragraph that goes on and on. '.repeat(1500)}</p>\n`);
    let sent = 0;
    const write = (): void => {
      while (sent < 64 * 1024 * 1024 && !res.destroyed) {
        sent += chunk.length;
        if (!res.write(chunk)) return void res.once('drain', write);
      }
      res.end();
    };
    write();
  },
  '/loop/a': (_req, res) => void res.writeHead(302, { location: '/loop/b' }).end(),
  '/loop/b': (_req, res) => void res.writeHead(302, { location: '/loop/a' }).end(),
  '/moved': (_req, res) => void res.writeHead(301, { location: '/pages/herald.html' }).end(),
  '/missing': (_req, res) => void res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not found</h1>'),
  '/photo.png': (_req, res) => void res.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0])),
  /** 503 with Retry-After: 0 on the first request of each query, the herald page after. */
  '/flaky': (req, res, server) => {
    if (server.hits.get(req.url!) === 1) return void res.writeHead(503, { 'retry-after': '0' }).end('busy');
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(fixture('pages/herald.html', server.base));
  },
  '/down': (_req, res) => void res.writeHead(503).end('down'),
  '/gzip': (_req, res, server) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'gzip' });
    res.end(zlib.gzipSync(fixture('pages/post.html', server.base)));
  },
  '/ru': (_req, res) => {
    const page = `<html><head><title>Шторм</title></head><body><article><h1>Шторм</h1><p>${RUSSIAN_TEXT}</p></article></body></html>`;
    res.writeHead(200, { 'content-type': 'text/html; charset=windows-1251' }).end(iconv.encode(page, 'windows-1251'));
  },
  '/notes.txt': (_req, res) => void res.writeHead(200, { 'content-type': 'text/plain' }).end('A storm hit Eastmere on Tuesday, the council said.\n'),
};

/** A fixture file as served: `{{BASE}}` replaced by the server's address. */
export function fixture(name: string, base: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8').replaceAll('{{BASE}}', base);
}

/** Starts the server; `extra` routes are added to (or replace) the built-in ones. Close it after the tests. */
export async function startServer(extra: Record<string, Handler> = {}): Promise<TestServer> {
  const routes = { ...ROUTES, ...extra };
  const sockets = new Set<import('node:net').Socket>();
  const state: TestServer = { base: '', hits: new Map(), userAgents: [], close: async () => {} };
  const server = http.createServer((req, res) => {
    const url = req.url ?? '/';
    state.hits.set(url, (state.hits.get(url) ?? 0) + 1);
    state.userAgents.push(String(req.headers['user-agent'] ?? ''));
    const path = url.split('?')[0]!;
    const route = routes[path];
    if (route) return route(req, res, state);
    const file = /^\/(pages|feeds)\/([\w.-]+)$/.exec(path);
    const ext = file ? (/\.\w+$/.exec(file[2]!)?.[0] ?? '') : '';
    if (!file || !TYPES[ext]) return void res.writeHead(404).end('not here');
    try {
      const name = file[1] === 'pages' ? `pages/${file[2]}` : file[2]!;
      res.writeHead(200, { 'content-type': TYPES[ext]! }).end(fixture(name, state.base));
    } catch {
      res.writeHead(404).end('not here');
    }
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  state.close = () =>
    new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      server.close(() => resolve());
    });
  return state;
}
