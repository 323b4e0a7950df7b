/** The language of tus error replies, from Accept-Language through a real Koa context. */
import assert from 'node:assert/strict';
import { IncomingMessage, ServerResponse } from 'node:http';
import { Socket } from 'node:net';
import { describe, it } from 'node:test';
import Koa from 'koa';
import { replyLanguage } from '../../../src/tus/messages';

function koaContext(acceptLanguage?: string): Koa.Context {
  const req = new IncomingMessage(new Socket());
  req.method = 'POST';
  req.url = '/api/tus';
  req.headers = acceptLanguage === undefined ? {} : { 'accept-language': acceptLanguage };
  return new Koa().createContext(req, new ServerResponse(req));
}

describe('tus reply language', () => {
  const cases: Array<[string | undefined, 'vi' | 'en']> = [
    [undefined, 'vi'],
    ['en', 'en'],
    ['en-GB,en;q=0.9,vi;q=0.5', 'en'],
    ['vi-VN,vi;q=0.9,en;q=0.8', 'vi'],
    ['en;q=0', 'vi'],
    ['en;q=0, vi;q=0.1', 'vi'],
    ['fr, en;q=0.5', 'en'],
    ['fr', 'vi'],
    ['*', 'vi'],
    ['en, vi', 'en'],
  ];
  for (const [header, expected] of cases) {
    it(`${header ?? '(none)'} → ${expected}`, () => assert.equal(replyLanguage(koaContext(header)), expected));
  }
});
