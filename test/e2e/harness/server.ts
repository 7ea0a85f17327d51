import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import path from 'node:path';
import { contentTypeOf, staticFileReply, type StaticReply } from '../../../scripts/lib/static-files.mjs';

/** One request as the server received it, including ones a browser tried to send elsewhere. */
export interface RecordedRequest {
  method: string;
  /** The request target as sent: a path for requests to this server, an absolute URL or host:port for proxied ones. */
  target: string;
  host: string;
}

/** A page a test serves at a path of its choosing, in place of (or as well as) the fixture files. */
export interface PageBody {
  body: string;
  contentType?: string;
  status?: number;
}

export const FIXTURES_DIR = path.resolve(import.meta.dirname, '../../fixtures');

/**
 * Static server on 127.0.0.1 for the browsers under test. It is also their proxy (see the
 * launchers): anything a browser tries to fetch from another address arrives here, is
 * recorded and refused, so a test can prove nothing left the machine.
 */
export class TestServer {
  readonly requests: RecordedRequest[] = [];
  private readonly pages = new Map<string, PageBody>();
  private readonly server: Server;
  private readonly sockets = new Set<Socket>();
  private port = 0;

  private constructor(private readonly root: string) {
    this.server = createServer((request, response) => {
      this.record(request);
      void this.respond(request).then(
        ({ status, body, contentType }) => {
          response.writeHead(status, { 'content-type': contentType, 'cache-control': 'no-store' });
          response.end(body);
        },
        (error: unknown) => {
          response.writeHead(500, { 'content-type': 'text/plain' });
          response.end(String(error));
        },
      );
    });
    this.server.on('connection', (socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
    // HTTPS and WebSocket attempts through the proxy: recorded, then the line is dropped.
    this.server.on('connect', (request: IncomingMessage, socket: Socket) => {
      this.record(request);
      socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
    });
    this.server.on('upgrade', (request: IncomingMessage, socket: Socket) => {
      this.record(request);
      socket.destroy();
    });
  }

  static async start(root: string = FIXTURES_DIR): Promise<TestServer> {
    const server = new TestServer(root);
    await new Promise<void>((resolve, reject) => {
      server.server.once('error', reject);
      server.server.listen(0, '127.0.0.1', () => resolve());
    });
    server.port = (server.server.address() as AddressInfo).port;
    return server;
  }

  get host(): string {
    return `127.0.0.1:${this.port}`;
  }

  get origin(): string {
    return `http://${this.host}`;
  }

  /** The address of a path on this server (a fixture file such as `/articles/rferl-aleppo.html`, or a registered page). */
  url(pathname: string): string {
    return new URL(pathname, this.origin).href;
  }

  /** Serves `page` at `pathname` from now on, replacing a fixture or an earlier version there. */
  setPage(pathname: string, page: string | PageBody): string {
    this.pages.set(pathname, typeof page === 'string' ? { body: page } : page);
    return this.url(pathname);
  }

  removePage(pathname: string): void {
    this.pages.delete(pathname);
  }

  /** Requests meant for any other address than this server (proxied, tunnelled, or for another Host). */
  foreignRequests(): RecordedRequest[] {
    return this.requests.filter((r) => r.method === 'CONNECT' || !r.target.startsWith('/') || r.host !== this.host);
  }

  /** Requests this server answered itself, as paths (query included). */
  pathsRequested(): string[] {
    return this.requests.filter((r) => !this.foreignRequests().includes(r)).map((r) => r.target);
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private record(request: IncomingMessage): void {
    this.requests.push({
      method: request.method ?? '',
      target: request.url ?? '',
      host: request.headers.host ?? '',
    });
  }

  private async respond(request: IncomingMessage): Promise<StaticReply> {
    const target = request.url ?? '/';
    if (!target.startsWith('/') || request.headers.host !== this.host) {
      return { status: 502, body: 'Offline test server: no requests leave this machine.', contentType: 'text/plain' };
    }
    const { pathname } = new URL(target, this.origin);
    const page = this.pages.get(pathname);
    if (!page) return staticFileReply(this.root, pathname);
    return {
      status: page.status ?? 200,
      body: page.body,
      contentType: page.contentType ?? contentTypeOf('page.html'),
    };
  }
}
