import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseAccessRequest, parseDeclineReason, passwordProblem } from '../../../src/researchers/form';

const valid = { name: '  Nguyễn  Thị Hoà ', institution: 'Viện Văn hoá', email: 'Hoa@Example.VN ', purpose: 'Nghiên cứu nghi lễ của người Thái ở Điện Biên.', terms: 'on' };

describe('the access request form', () => {
  it('accepts a valid form, trimmed, with the email in lower case', () => {
    const result = parseAccessRequest(valid);
    assert.ok(result.ok);
    assert.deepEqual(result.value, { name: 'Nguyễn Thị Hoà', institution: 'Viện Văn hoá', email: 'hoa@example.vn', purpose: 'Nghiên cứu nghi lễ của người Thái ở Điện Biên.' });
  });

  it('names every bad field in both languages, and keeps what was typed', () => {
    const result = parseAccessRequest({ name: '', institution: 'x'.repeat(201), email: 'a@b', purpose: 'short', terms: undefined });
    assert.ok(!result.ok && !('isBot' in result));
    assert.deepEqual(Object.keys(result.problems).sort(), ['email', 'institution', 'name', 'purpose', 'terms']);
    assert.equal(result.problems.name?.vi, 'Vui lòng nhập họ và tên.');
    assert.equal(result.problems.name?.en, 'Please enter your name.');
    assert.match(result.problems.institution?.en ?? '', /at most 200 characters long \(it has 201\)/);
    assert.match(result.problems.purpose?.vi ?? '', /ít nhất 20 ký tự/);
    assert.equal(result.value.purpose, 'short');
  });

  it('rejects email shapes people mistype', () => {
    for (const email of ['hoa', 'hoa@', '@vn.vn', 'hoa @x.vn', 'hoa@x', 'hoa@x..vn', `${'a'.repeat(250)}@x.vn`]) {
      const result = parseAccessRequest({ ...valid, email });
      assert.ok(!result.ok && !('isBot' in result) && result.problems.email, email);
    }
  });

  it('treats only a ticked box as accepting the terms', () => {
    for (const terms of ['on', 'yes', '1', 'true']) assert.ok(parseAccessRequest({ ...valid, terms }).ok, terms);
    for (const terms of ['', 'off', 'no', undefined]) assert.ok(!parseAccessRequest({ ...valid, terms }).ok, String(terms));
  });

  it('calls a filled honeypot a bot, whatever else is in the form', () => {
    assert.deepEqual(parseAccessRequest({ ...valid, website: 'http://spam' }), { ok: false, isBot: true });
  });

  it('drops control characters and ignores non-string values', () => {
    const result = parseAccessRequest({ ...valid, name: 'Hoà\u0000\u0007', institution: { evil: true } as never });
    assert.ok(!result.ok && !('isBot' in result));
    assert.equal(result.value.name, 'Hoà');
    assert.ok(result.problems.institution);
  });
});

describe('decline reasons and passwords', () => {
  it('a decline needs a reason of 5 to 1000 characters', () => {
    assert.ok(!parseDeclineReason('').ok);
    assert.ok(!parseDeclineReason('x'.repeat(1001)).ok);
    assert.deepEqual(parseDeclineReason('  Chưa rõ mục đích  '), { ok: true, reason: 'Chưa rõ mục đích' });
  });

  it('a password needs 10 characters, at most 72 bytes, and the same twice', () => {
    assert.match(passwordProblem('ngắn', 'ngắn')?.en ?? '', /at least 10/);
    assert.match(passwordProblem('ă'.repeat(40), 'ă'.repeat(40))?.en ?? '', /72 bytes/);
    assert.match(passwordProblem('mat-khau-dai', 'mat-khau-dai!')?.vi ?? '', /không khớp/);
    assert.equal(passwordProblem('mật-khẩu-dài', 'mật-khẩu-dài'), null);
  });
});
