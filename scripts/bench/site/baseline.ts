/**
 * The floor for bench:site: a minimal static page ("Hello" and one tiny
 * stylesheet) from a plain node http server on 127.0.0.1. Whatever Lighthouse
 * reports for it on this machine is cost of the browser and the method, not
 * of the archive, so each page's paint times are also shown as a ratio to it.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Hello</title><meta name="description" content="A minimal page: the baseline of the site benchmark.">
<link rel="stylesheet" href="/hello.css"></head>
<body><h1>Hello</h1></body></html>`;
const CSS = 'body{font-family:sans-serif;margin:2rem;color:#222}';

export async function startBaseline(): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer((request, response) => {
    const [type, body] = request.url === '/hello.css' ? ['text/css', CSS] : request.url === '/' ? ['text/html; charset=utf-8', PAGE] : ['text/plain', 'not found'];
    response.writeHead(body === 'not found' ? 404 : 200, { 'Content-Type': type, 'Cache-Control': 'no-cache' });
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
