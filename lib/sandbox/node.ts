/**
 * The sandbox over real HTTP for Node: a `node:http` server that turns each IncomingMessage into
 * a web `Request`, asks `sandbox.handle`, and streams the `Response` back. A `drop` fault
 * destroys the socket with no answer; a `truncate` fault sends part of the body, then cuts it.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createSandbox, type Sandbox } from './sandbox';

/** Options of `startSandboxServer`. */
export interface SandboxServerOptions {
  /** Port to listen on; 0 (default) picks a free one. */
  port?: number;
  /** Interface to bind; default loopback only. */
  host?: string;
  /** The sandbox to serve; default a fresh `createSandbox()`. */
  sandbox?: Sandbox;
}

/** A running sandbox server. */
export interface SandboxServer {
  /** Base URL without trailing slash, e.g. `http://127.0.0.1:4010`. */
  url: string;
  port: number;
  sandbox: Sandbox;
  /** Stops listening and cuts open connections (hanging requests included). */
  close(): Promise<void>;
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function toHeaders(req: IncomingMessage): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (Array.isArray(value)) for (const v of value) headers.append(name, v);
    else if (value !== undefined) headers.set(name, value);
  }
  return headers;
}

async function pipe(response: Response, res: ServerResponse): Promise<void> {
  const headers = Object.fromEntries(response.headers);
  const fullLength = response.headers.get('x-sandbox-truncated');
  // Announce the whole length so clients see a body that ends early, as on a cut connection.
  if (fullLength) headers['content-length'] = fullLength;
  res.writeHead(response.status, headers);
  if (!response.body) {
    res.end();
    return;
  }
  const reader = response.body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      // Wait for each chunk to reach the socket, so a cut-off body is really sent in part.
      await new Promise<void>((resolve) => res.write(value, () => resolve()));
    }
    res.end();
  } catch {
    res.socket?.destroy();
  }
}

async function serve(sandbox: Sandbox, base: string, req: IncomingMessage, res: ServerResponse) {
  const controller = new AbortController();
  res.on('close', () => {
    if (!res.writableFinished) controller.abort(new DOMException('Client went away', 'AbortError'));
  });
  const body = await readBody(req);
  const method = req.method ?? 'GET';
  const request = new Request(new URL(req.url ?? '/', base), {
    method,
    headers: toHeaders(req),
    body:
      body.length > 0 && method !== 'GET' && method !== 'HEAD' ? new Uint8Array(body) : undefined,
    signal: controller.signal,
  });
  let response: Response;
  try {
    response = await sandbox.handle(request);
  } catch {
    // A `drop` fault (or an aborted hang): close the connection without an answer.
    req.socket.destroy();
    return;
  }
  await pipe(response, res);
}

/** Starts the sandbox on `host:port` (default 127.0.0.1, a free port). */
export async function startSandboxServer(
  options: SandboxServerOptions = {},
): Promise<SandboxServer> {
  const sandbox = options.sandbox ?? createSandbox();
  const host = options.host ?? '127.0.0.1';
  let base = `http://${host}`;
  const server = createServer((req, res) => void serve(sandbox, base, req, res));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  base = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  return {
    url: base,
    port,
    sandbox,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
