/**
 * Researcher mail through a real SMTP server: a local smtp-server on
 * 127.0.0.1 catches what the app sends when SMTP_HOST is set. The request is
 * confirmed, a second one for the same address is answered by mail instead
 * of on the page, approval mails the one-time link (and the curator never
 * sees it), and a decline mails the reason.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from '../../helpers/app';
import { adminClient, adminJwt } from '../../helpers/people';
import { requestRows, sitePages, textOf, VALID_REQUEST } from '../../helpers/researchers';
import { startSmtpCatcher, type CaughtMail } from '../../helpers/smtp-catcher';

let app: TestApp;
let catcher: Awaited<ReturnType<typeof startSmtpCatcher>>;
let curator: ReturnType<typeof adminClient>;
let site: ReturnType<typeof sitePages>;

const lastMailTo = (address: string): CaughtMail => {
  const mail = catcher.mails.filter((m) => m.to.includes(address)).at(-1);
  assert.ok(mail, `a mail to ${address}`);
  return mail;
};

before(async () => {
  catcher = await startSmtpCatcher();
  Object.assign(process.env, { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(catcher.port), SMTP_FROM: 'Di Sản <luu-tru@disan.example.vn>', RESEARCHER_REQUESTS_PER_HOUR: '50' });
  app = await startTestApp();
  site = sitePages(app);
  curator = adminClient(app, await adminJwt(app, 'di-san-curator'));
});

after(async () => {
  for (const name of ['SMTP_HOST', 'SMTP_PORT', 'SMTP_FROM', 'RESEARCHER_REQUESTS_PER_HOUR']) delete process.env[name];
  await app?.stop();
  await catcher?.stop();
});

describe('researcher mail over SMTP', () => {
  it('the form promises mail instead of saying there is no mail server', async () => {
    const page = textOf((await site.get('/nha-nghien-cuu/dang-ky')).text);
    assert.match(page, /Bạn sẽ nhận email xác nhận/);
    assert.doesNotMatch(page, /chưa được cấu hình để gửi thư/);
  });

  it('a request is confirmed by mail, in Vietnamese with its diacritics and in English', async () => {
    const response = await site.post('/nha-nghien-cuu/dang-ky', VALID_REQUEST);
    assert.equal(response.status, 200);
    assert.match(textOf(response.text), /Chúng tôi đã gửi một email tới địa chỉ của bạn\./);
    const mail = lastMailTo(VALID_REQUEST.email);
    assert.deepEqual(mail.to, [VALID_REQUEST.email]);
    assert.equal(mail.from, 'luu-tru@disan.example.vn');
    assert.equal(mail.subject, 'Di Sản: đã nhận yêu cầu truy cập / access request received');
    assert.match(mail.text, /Chào Nguyễn Thị Hoà,/);
    assert.match(mail.text, /Người quản lý sẽ xem xét và trả lời qua địa chỉ email này\./);
    assert.match(mail.text, /A curator will review it/);
  });

  it('a second request for the address is answered by mail, and makes no request', async () => {
    const before = catcher.mails.length;
    assert.equal((await site.post('/en/researchers/request', VALID_REQUEST)).status, 200);
    assert.equal(catcher.mails.length, before + 1);
    assert.match(lastMailTo(VALID_REQUEST.email).text, /đã có một yêu cầu đang chờ duyệt hoặc một tài khoản nhà nghiên cứu/);
    assert.equal((await requestRows(app, VALID_REQUEST.email)).length, 1);
  });

  it('approval mails the one-time link, which works, and does not give it to the curator', async () => {
    const [row] = await requestRows(app, VALID_REQUEST.email);
    const response = await curator.post(`/di-san/researcher-requests/${row.id}/approve`);
    assert.equal(response.status, 200, JSON.stringify(response.body));
    assert.deepEqual([response.body.data.mailed, response.body.data.link], [true, null]);
    const mail = lastMailTo(VALID_REQUEST.email);
    assert.equal(mail.subject, 'Di Sản: yêu cầu truy cập đã được chấp thuận / access approved');
    assert.match(mail.text, /Yêu cầu truy cập của bạn đã được chấp thuận\. Hãy đặt mật khẩu/);
    const link = /(https?:\/\/\S+\/nha-nghien-cuu\/dat-mat-khau\?code=dsp_[A-Za-z0-9_-]{43})/.exec(mail.text)?.[1];
    assert.ok(link, mail.text);
    const page = await site.get(link.replace(/^https?:\/\/[^/]+/, ''));
    assert.equal(page.status, 200);
    assert.match(textOf(page.text), /Đặt mật khẩu/);
  });

  it('a decline mails the reason', async () => {
    const email = 'le.thi.mai@daihoc.example.vn';
    await site.post('/nha-nghien-cuu/dang-ky', { ...VALID_REQUEST, name: 'Lê Thị Mai', email });
    const [row] = await requestRows(app, email);
    const reason = 'Mục đích chưa rõ: xin ghi cụ thể đề tài và nhóm tư liệu cần dùng.';
    const response = await curator.post(`/di-san/researcher-requests/${row.id}/decline`, { reason });
    assert.equal(response.status, 200);
    assert.equal(response.body.data.mailed, true);
    const mail = lastMailTo(email);
    assert.equal(mail.subject, 'Di Sản: yêu cầu truy cập chưa được chấp thuận / access request declined');
    assert.match(mail.text, /Chào Lê Thị Mai,/);
    assert.ok(mail.text.includes(reason), mail.text);
  });
});
