/**
 * Researcher accounts (docs/researchers.md) on the real app, without a mail
 * server: the public request form (each field's message in both languages,
 * nothing saved from bad input), a curator's approval, the one-time
 * set-password link, sign-in, a token made on the account page that reads a
 * researcher-level record on REST, OAI-PMH and IIIF and a restricted one on
 * none, every use in the audit log, the rate limit, revocation, and a
 * declined request with its reason.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from '../../helpers/app';
import { makeImage } from '../../helpers/media-fixtures';
import { adminClient, adminJwt } from '../../helpers/people';
import { createRecord } from '../../helpers/records';
import { ORIGIN, requestRows, sitePages, textOf, VALID_REQUEST } from '../../helpers/researchers';
import { uidOf } from '../../../src/content-model';
import { auditSettled } from '../../../src/curation/audit/strapi/background';
import { AUDIT_TABLE } from '../../../src/curation/audit/strapi/table';
import { table } from '../../../src/researchers/strapi/tables';

const RATE_LIMIT = 15;
const RIGHTS = 'https://creativecommons.org/licenses/by-nc-sa/4.0/';

let app: TestApp;
let dir: string;
let curator: ReturnType<typeof adminClient>;
let officer: ReturnType<typeof adminClient>;
let site: ReturnType<typeof sitePages>;
let token = '';
let approvedUserId = 0;
const ids: Record<'open' | 'research' | 'restricted' | 'hiddenMedia', string> = { open: '', research: '', restricted: '', hiddenMedia: '' };

const bearer = (url: string, secret = token) => app.http().get(url).set('Authorization', `Bearer ${secret}`).set('Host', 'disan.test');

before(async () => {
  process.env.RESEARCHER_TOKEN_RATE_LIMIT = String(RATE_LIMIT);
  process.env.RESEARCHER_REQUESTS_PER_HOUR = '50';
  delete process.env.SMTP_HOST;
  app = await startTestApp();
  dir = mkdtempSync(path.join(os.tmpdir(), 'di-san-researchers-'));
  site = sitePages(app);
  const officerJwt = await adminJwt(app, 'di-san-cultural-officer');
  curator = adminClient(app, await adminJwt(app, 'di-san-curator'));
  officer = adminClient(app, officerJwt);
  ids.open = await createRecord(app, 'festival', { name: 'Lễ hội Hoa Ban', accessLevel: 'public' });
  ids.research = await createRecord(app, 'festival', { name: 'Lễ cúng rừng RESEARCH-ONLY', accessLevel: 'researcher' });
  ids.restricted = await createRecord(app, 'festival', { name: 'Nghi lễ kín HIDDEN-RITUAL', accessLevel: 'restricted' });
  // A researcher-level photo, through the real pipeline, for IIIF.
  const upload = await app.http().post('/upload').set('Authorization', `Bearer ${officerJwt}`).attach('files', await makeImage(dir, 'kin.jpg', { width: 800, height: 600 }), 'kin.jpg');
  assert.equal(upload.status, 201, JSON.stringify(upload.body));
  const CM = `/content-manager/collection-types/${uidOf('media-item')}`;
  const created = await officer.post(`${CM}?locale=vi`, { title: 'Ảnh nghi lễ cho nhà nghiên cứu', kind: 'image', rightsUri: RIGHTS, accessLevel: 'researcher', files: [upload.body[0].id] });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  ids.hiddenMedia = created.body.data.documentId;
  await app.drain({ timeoutSeconds: 240 });
  const published = await curator.post(`${CM}/${ids.hiddenMedia}/actions/publish?locale=vi`, {});
  assert.equal(published.status, 200, JSON.stringify(published.body));
});

after(async () => {
  delete process.env.RESEARCHER_TOKEN_RATE_LIMIT;
  delete process.env.RESEARCHER_REQUESTS_PER_HOUR;
  await app?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the request form', () => {
  it('is served in both languages and says that no mail server is configured', async () => {
    const vi = await site.get('/nha-nghien-cuu/dang-ky');
    assert.equal(vi.status, 200);
    assert.match(vi.headers['cache-control'], /no-store/);
    assert.match(textOf(vi.text), /Máy chủ chưa được cấu hình để gửi thư/);
    assert.match(vi.text, /<form class="panel" method="post" action="\/nha-nghien-cuu\/dang-ky"/);
    const en = await site.get('/en/researchers/request');
    assert.equal(en.status, 200);
    assert.match(textOf(en.text), /No mail server is configured/);
    assert.match(en.text, /<html lang="en"/);
  });

  const broken: Array<[string, Record<string, string>, RegExp, RegExp]> = [
    ['name', { name: '' }, /Vui lòng nhập họ và tên\./, /Please enter your name\./],
    ['institution', { institution: 'X' }, /Cơ quan cần ít nhất 2 ký tự\./, /Institution needs at least 2 characters\./],
    ['email', { email: 'hoa@' }, /Địa chỉ email chưa đúng/, /This email address does not look right/],
    ['purpose', { purpose: 'ngắn quá' }, /Mục đích nghiên cứu cần ít nhất 20 ký tự\./, /Purpose needs at least 20 characters\./],
    ['terms', { terms: '' }, /Vui lòng đọc và đồng ý với điều khoản sử dụng\./, /Please read and accept the terms of use\./],
  ];
  for (const [field, change, vi, en] of broken) {
    it(`a bad ${field} is a 400 naming the problem, in Vietnamese and in English, and nothing is saved`, async () => {
      for (const [url, message] of [['/nha-nghien-cuu/dang-ky', vi], ['/en/researchers/request', en]] as const) {
        const response = await site.post(url, { ...VALID_REQUEST, ...change });
        assert.equal(response.status, 400, url);
        assert.match(textOf(response.text), message, url);
        assert.match(response.text, new RegExp(`aria-invalid="true"`));
        // What the person typed is kept, so they only fix the one field.
        if (field !== 'institution') assert.match(response.text, /Viện Nghiên cứu Văn hoá/);
      }
      assert.equal((await requestRows(app)).length, 0);
    });
  }

  it('a POST from another origin, or with no origin, is a 403 and saves nothing', async () => {
    for (const origin of ['https://evil.example', null]) {
      const response = await site.post('/nha-nghien-cuu/dang-ky', VALID_REQUEST, origin);
      assert.equal(response.status, 403);
      assert.match(textOf(response.text), /chỉ được gửi từ chính trang của kho lưu trữ/);
    }
    assert.equal((await requestRows(app)).length, 0);
  });

  it('a filled honeypot looks accepted to the bot and saves nothing', async () => {
    const response = await site.post('/nha-nghien-cuu/dang-ky', { ...VALID_REQUEST, website: 'http://spam.example' });
    assert.equal(response.status, 200);
    assert.equal((await requestRows(app)).length, 0);
  });

  it('a valid request lands pending, audited; asking again with the same email gets the same answer and no second request', async () => {
    const response = await site.post('/nha-nghien-cuu/dang-ky', VALID_REQUEST);
    assert.equal(response.status, 200, response.text);
    assert.match(textOf(response.text), /Đã nhận yêu cầu/);
    assert.match(textOf(response.text), /người quản lý sẽ liên hệ với bạn qua email/);
    const [row] = await requestRows(app);
    assert.deepEqual([row.status, row.name, row.email, row.locale], ['pending', 'Nguyễn Thị Hoà', VALID_REQUEST.email, 'vi']);
    assert.ok(row.terms_accepted_at);
    const again = await site.post('/en/researchers/request', { ...VALID_REQUEST, email: VALID_REQUEST.email.toUpperCase() });
    assert.equal(again.status, 200);
    assert.match(textOf(again.text), /If this email already has a pending request or an account, no new request is made/);
    assert.equal((await requestRows(app)).length, 1);
    const audit = await table(app.strapi, AUDIT_TABLE).where({ action: 'researcher.request' });
    assert.equal(audit.length, 1);
    assert.equal(audit[0].target, `researcher-request:${row.id}`);
  });
});

describe('review, password, sign-in and the token', () => {
  let link = '';

  it('a cultural officer may not list or approve requests; a curator sees the pending one', async () => {
    assert.equal((await officer.get('/di-san/researcher-requests')).status, 403);
    const [row] = await requestRows(app);
    assert.equal((await officer.post(`/di-san/researcher-requests/${row.id}/approve`)).status, 403);
    const list = await curator.get('/di-san/researcher-requests?status=pending');
    assert.equal(list.status, 200);
    assert.deepEqual(list.body.data.map((r: { email: string }) => r.email), [VALID_REQUEST.email]);
  });

  it('approval makes a confirmed researcher account and, without a mail server, hands the curator a one-time link', async () => {
    const [row] = await requestRows(app);
    const response = await curator.post(`/di-san/researcher-requests/${row.id}/approve`);
    assert.equal(response.status, 200, JSON.stringify(response.body));
    assert.equal(response.body.data.mailed, false);
    link = response.body.data.link;
    assert.match(link, /\/nha-nghien-cuu\/dat-mat-khau\?code=dsp_[A-Za-z0-9_-]{43}$/);
    const user = await app.strapi.db.query('plugin::users-permissions.user').findOne({ where: { email: VALID_REQUEST.email }, populate: ['role'] });
    assert.deepEqual([user.role.type, user.confirmed, user.blocked], ['researcher', true, false]);
    approvedUserId = user.id;
    assert.equal((await curator.post(`/di-san/researcher-requests/${row.id}/approve`)).status, 400, 'approved once only');
  });

  it('the link sets a password once; a mismatch is a 400', async () => {
    const pathAndQuery = link.replace(/^https?:\/\/[^/]+/, '');
    assert.equal((await site.get(pathAndQuery)).status, 200);
    const code = new URL(link).searchParams.get('code')!;
    const mismatch = await site.post('/nha-nghien-cuu/dat-mat-khau', { code, password: 'mat-khau-dai-1', confirmation: 'khac-hoan-toan' });
    assert.equal(mismatch.status, 400);
    assert.match(textOf(mismatch.text), /Hai lần nhập mật khẩu không khớp\./);
    const ok = await site.post('/nha-nghien-cuu/dat-mat-khau', { code, password: 'mat-khau-dai-1', confirmation: 'mat-khau-dai-1' });
    assert.equal(ok.status, 200);
    assert.match(textOf(ok.text), /Đã đặt mật khẩu/);
    const reuse = await site.post('/nha-nghien-cuu/dat-mat-khau', { code, password: 'mat-khau-khac-2', confirmation: 'mat-khau-khac-2' });
    assert.equal(reuse.status, 404);
  });

  it('sign-in: a wrong password is a 401; the right one opens the account page', async () => {
    const wrong = await site.post('/nha-nghien-cuu/dang-nhap', { email: VALID_REQUEST.email, password: 'sai-mat-khau' });
    assert.equal(wrong.status, 401);
    assert.equal((await site.get('/nha-nghien-cuu/tai-khoan')).status, 303, 'no session yet: sent to sign-in');
    const right = await site.post('/nha-nghien-cuu/dang-nhap', { email: VALID_REQUEST.email, password: 'mat-khau-dai-1' });
    assert.equal(right.status, 303);
    assert.equal(right.headers.location, `${ORIGIN}/nha-nghien-cuu/tai-khoan`);
    assert.match(String(right.headers['set-cookie']), /dsr_session=.*httponly/i);
    assert.match(String(right.headers['set-cookie']), /samesite=strict/i);
    site.keepCookies(right);
    const account = await site.get('/nha-nghien-cuu/tai-khoan');
    assert.equal(account.status, 200);
    assert.match(textOf(account.text), /Bạn chưa có khoá nào\./);
  });

  it('the account page makes a token, shown once; a cross-origin POST makes none', async () => {
    assert.equal((await site.post('/nha-nghien-cuu/tai-khoan', { action: 'create', label: 'thu thập OAI' }, 'https://evil.example')).status, 403);
    const response = await site.post('/nha-nghien-cuu/tai-khoan', { action: 'create', label: 'thu thập OAI' });
    assert.equal(response.status, 200);
    token = /<code class="secret" id="new-secret">(dsr_[A-Za-z0-9_-]{43})<\/code>/.exec(response.text)?.[1] ?? '';
    assert.ok(token, 'the secret is on the page');
    const later = await site.get('/nha-nghien-cuu/tai-khoan');
    assert.ok(!later.text.includes(token), 'and never again');
    assert.match(textOf(later.text), new RegExp(`thu thập OAI dsr_…${token.slice(-4)}`));
  });

  it('the token reads a researcher-level record on REST, search, OAI-PMH and IIIF, and a restricted one on none', async () => {
    const rest = await bearer(`/api/festivals/${ids.research}`);
    assert.equal(rest.status, 200, rest.text);
    assert.equal(rest.body.data.name, 'Lễ cúng rừng RESEARCH-ONLY');
    assert.equal((await bearer(`/api/festivals/${ids.restricted}`)).status, 404);
    assert.equal((await app.http().get(`/api/festivals/${ids.research}`)).status, 404, 'not for the public');

    const hitsOf = (response: { body: { data: { hits: Array<{ documentId: string }> } } }) => response.body.data.hits.map((hit) => hit.documentId);
    const found = await bearer('/api/catalogue/search?q=RESEARCH-ONLY');
    assert.equal(found.status, 200, found.text);
    assert.ok(hitsOf(found).includes(ids.research), 'search finds the researcher-level record');
    assert.ok(!hitsOf(await bearer('/api/catalogue/search?q=HIDDEN-RITUAL')).includes(ids.restricted), 'but never the restricted one');
    assert.ok(!hitsOf(await app.http().get('/api/catalogue/search?q=RESEARCH-ONLY')).includes(ids.research), 'and the public finds neither');

    const oai = await bearer('/oai?verb=ListIdentifiers&metadataPrefix=oai_dc');
    assert.equal(oai.status, 200, oai.text);
    assert.ok(oai.text.includes(`festival/${ids.research}`), 'researcher-level record harvested');
    assert.ok(!oai.text.includes(`festival/${ids.restricted}`), 'restricted record not harvested');
    assert.ok(!(await app.http().get('/oai?verb=ListIdentifiers&metadataPrefix=oai_dc')).text.includes(`festival/${ids.research}`));

    const manifest = await bearer(`/iiif/media/${ids.hiddenMedia}/manifest`);
    assert.equal(manifest.status, 200, manifest.text);
    assert.match(manifest.headers['cache-control'], /^private/);
    assert.match(String(manifest.headers.vary), /Authorization/);
    assert.equal((await app.http().get(`/iiif/media/${ids.hiddenMedia}/manifest`)).status, 404, 'not for the public');
  });

  it('a malformed or unknown token is a 401 with a message, never a quiet downgrade to public', async () => {
    for (const secret of ['dsr_short', `dsr_${'A'.repeat(43)}`]) {
      for (const url of [`/api/festivals/${ids.open}`, '/oai?verb=Identify', `/iiif/media/${ids.hiddenMedia}/manifest`]) {
        const response = await bearer(url, secret);
        assert.equal(response.status, 401, `${secret} ${url}`);
        assert.match(response.body.error.message, /researcher token/);
      }
    }
  });

  it('every use is in the audit log: token, user, method and path', async () => {
    await auditSettled(app.strapi);
    const [created] = await table(app.strapi, 'di_san_researcher_tokens').where({ user_id: approvedUserId });
    const uses = await table(app.strapi, AUDIT_TABLE).where({ action: 'researcher.token-use', target: `researcher-token:${created.id}` }).orderBy('seq');
    const paths = uses.map((row: { details: string }) => JSON.parse(row.details).path);
    assert.deepEqual(paths, [`/api/festivals/${ids.research}`, `/api/festivals/${ids.restricted}`, '/api/catalogue/search', '/api/catalogue/search', '/oai', `/iiif/media/${ids.hiddenMedia}/manifest`]);
    for (const row of uses) {
      assert.equal(row.actor, `user:${approvedUserId}`);
      assert.equal(JSON.parse(row.details).method, 'GET');
    }
    assert.ok(created.last_used_at, 'last use kept on the token');
    for (const action of ['researcher.approve', 'researcher.password-set', 'researcher.sign-in', 'researcher.sign-in-failed', 'researcher.token-create']) {
      assert.equal((await table(app.strapi, AUDIT_TABLE).where({ action })).length, 1, action);
    }
  });

  it(`more than ${RATE_LIMIT} uses a minute is a 429 with Retry-After and a message`, async () => {
    let refused: Awaited<ReturnType<typeof bearer>> | null = null;
    for (let i = 0; i < RATE_LIMIT * 2 + 1 && !refused; i++) {
      const response = await bearer(`/api/festivals/${ids.open}`);
      if (response.status === 429) refused = response;
      else assert.equal(response.status, 200);
    }
    assert.ok(refused, 'a 429 came');
    assert.match(String(refused.headers['retry-after']), /^\d+$/);
    assert.ok(Number(refused.headers['retry-after']) <= 60);
    assert.match(refused.body.error.message, /Quá 15 yêu cầu mỗi phút.*More than 15 requests a minute/);
  });

  it('revoking on the account page makes the token a 401 at once', async () => {
    const [row] = await table(app.strapi, 'di_san_researcher_tokens').where({ user_id: approvedUserId });
    const response = await site.post('/nha-nghien-cuu/tai-khoan', { action: 'revoke', id: String(row.id) });
    assert.equal(response.status, 303);
    const after = await bearer(`/api/festivals/${ids.open}`);
    assert.equal(after.status, 401);
    assert.match(after.body.error.message, /revoked/);
    await auditSettled(app.strapi);
    assert.equal((await table(app.strapi, AUDIT_TABLE).where({ action: 'researcher.token-revoke', target: `researcher-token:${row.id}` })).length, 1);
    assert.match(textOf((await site.get('/en/researchers/account')).text), /Revoked/);
  });
});

describe('declining', () => {
  it('needs a reason, keeps it, and the request cannot then be approved', async () => {
    const email = 'tran.van.binh@daihoc.example.vn';
    assert.equal((await site.post('/en/researchers/request', { ...VALID_REQUEST, name: 'Trần Văn Bình', email })).status, 200);
    const [row] = await requestRows(app, email);
    assert.equal(row.locale, 'en');
    const noReason = await curator.post(`/di-san/researcher-requests/${row.id}/decline`, { reason: '' });
    assert.equal(noReason.status, 400);
    assert.match(noReason.body.error.message, /Cần ghi lý do từ chối.*A reason for declining is required/);
    const reason = 'Mục đích chưa rõ: xin ghi cụ thể đề tài nghiên cứu.';
    const declined = await curator.post(`/di-san/researcher-requests/${row.id}/decline`, { reason });
    assert.equal(declined.status, 200, JSON.stringify(declined.body));
    assert.equal(declined.body.data.mailed, false);
    const [after] = await requestRows(app, email);
    assert.deepEqual([after.status, after.decline_reason], ['declined', reason]);
    assert.equal((await curator.post(`/di-san/researcher-requests/${row.id}/approve`)).status, 400);
    const user = await app.strapi.db.query('plugin::users-permissions.user').findOne({ where: { email } });
    assert.equal(user, null, 'no account for a declined request');
    const entry = await table(app.strapi, AUDIT_TABLE).where({ action: 'researcher.decline', target: `researcher-request:${row.id}` }).first();
    assert.equal(JSON.parse(entry.details).reason, reason);
  });

  it('self-registration stays closed', async () => {
    const response = await app.http().post('/api/auth/local/register').send({ username: 'ai-do', email: 'ai-do@example.org', password: 'Mat-khau-123456' });
    assert.ok(response.status >= 400, String(response.status));
  });
});
