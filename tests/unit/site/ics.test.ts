/**
 * Unit tests for the iCalendar writer (src/site/calendar/ics.ts).
 * Run: npx tsx --test tests/unit/site/ics.test.ts
 *
 * The output is read back with ical.js, an independent RFC 5545 parser, so
 * escaping and folding are checked by what a real client would see, not by
 * comparing against strings we wrote ourselves.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import ICAL from 'ical.js';

import { buildIcs, DEFAULT_PRODID, escapeText, foldLine, icsUid, IcsEvent } from '../../../src/site/calendar/ics';

// RFC 5545 §3.8.8.2: non-standard (X-) properties default to TEXT. ical.js
// keeps unknown properties raw instead, so tell it the calendar's X-WR-
// properties are TEXT, as calendar clients treat them.
for (const name of ['x-wr-calname', 'x-wr-caldesc', 'x-wr-timezone']) {
  (ICAL.design.icalendar.property as Record<string, unknown>)[name] = { defaultType: 'text' };
}

const NOW = new Date('2025-03-04T05:06:07.890Z');

const XEN_BAN = 'Lễ hội Xên bản Mường Thanh, tháng Ba âm lịch';
const TRICKY = 'Xên mường; Thái đen, Thái trắng\nDòng hai \\ gạch chéo';
const LONG_DESCRIPTION =
  'Lễ cúng bản của người Thái ở Mường Thanh, Điện Biên: dân bản mổ trâu, ' +
  'thầy mo đọc bài khấn mời thần núi, thần sông về chứng giám; sau lễ có hát khắp, ' +
  'múa xòe và ném còn. 🎉 Ghi chép từ cộng đồng, năm 2024.';

function event(overrides: Partial<IcsEvent> = {}): IcsEvent {
  return {
    uid: icsUid('xenban01', '2025-04-10'),
    start: '2025-04-10',
    end: '2025-04-12',
    summary: XEN_BAN,
    ...overrides,
  };
}

function parse(ics: string): ICAL.Component {
  return new ICAL.Component(ICAL.parse(ics));
}

function vevents(ics: string): ICAL.Component[] {
  return parse(ics).getAllSubcomponents('vevent');
}

/** Physical lines, checking that every one ends with CRLF and no bare CR or LF exists. */
function physicalLines(ics: string): string[] {
  assert.ok(ics.endsWith('\r\n'), 'document ends with CRLF');
  const lines = ics.slice(0, -2).split('\r\n');
  for (const line of lines) {
    assert.ok(!/[\r\n]/.test(line), `bare CR or LF in ${JSON.stringify(line)}`);
  }
  return lines;
}

describe('buildIcs: calendar envelope', () => {
  const ics = buildIcs({ events: [event()], name: 'Lễ hội Điện Biên', description: 'Lịch lễ hội, âm lịch', now: NOW });
  const lines = physicalLines(ics);

  it('has the calendar properties in order, and no VTIMEZONE for all-day dates', () => {
    assert.deepEqual(lines.slice(0, 5), [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      `PRODID:${DEFAULT_PRODID}`,
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
    ]);
    assert.equal(lines.at(-1), 'END:VCALENDAR');
    assert.ok(lines.includes('X-WR-TIMEZONE:Asia/Ho_Chi_Minh'));
    assert.ok(!ics.includes('VTIMEZONE'));
  });

  it('names and describes the calendar (TEXT-escaped)', () => {
    const cal = parse(ics);
    assert.equal(cal.getFirstPropertyValue('x-wr-calname'), 'Lễ hội Điện Biên');
    assert.equal(cal.getFirstPropertyValue('x-wr-caldesc'), 'Lịch lễ hội, âm lịch');
    assert.ok(lines.includes('X-WR-CALDESC:Lịch lễ hội\\, âm lịch'));
  });

  it('omits X-WR-CALDESC without a description and accepts a custom PRODID', () => {
    const plain = buildIcs({ events: [], name: 'x', now: NOW, prodId: '-//Test//EN' });
    assert.ok(!plain.includes('X-WR-CALDESC'));
    assert.equal(parse(plain).getFirstPropertyValue('prodid'), '-//Test//EN');
    assert.equal(vevents(plain).length, 0);
  });
});

describe('buildIcs: events', () => {
  it('writes DTSTART and an exclusive DTEND as DATE values', () => {
    const [ev] = vevents(buildIcs({ events: [event()], name: 'x', now: NOW }));
    const start = ev.getFirstProperty('dtstart')!;
    const end = ev.getFirstProperty('dtend')!;
    assert.equal(start.type, 'date');
    assert.equal(end.type, 'date');
    assert.equal(String(start.getFirstValue()), '2025-04-10');
    assert.equal(String(end.getFirstValue()), '2025-04-13', 'the day after the inclusive end');
    assert.equal((start.getFirstValue() as ICAL.Time).isDate, true);
  });

  it('a one-day event ends the next day; DTEND rolls over months, years and Feb 29', () => {
    const cases: Array<[string, string]> = [
      ['2025-04-10', '20250411'],
      ['2025-04-30', '20250501'],
      ['2025-12-31', '20260101'],
      ['2024-02-28', '20240229'],
      ['2024-02-29', '20240301'],
      ['2025-02-28', '20250301'],
    ];
    for (const [day, expected] of cases) {
      const ics = buildIcs({ events: [event({ start: day, end: day })], name: 'x', now: NOW });
      assert.ok(ics.includes(`\r\nDTEND;VALUE=DATE:${expected}\r\n`), `${day} → ${expected}`);
    }
  });

  it('stamps DTSTAMP in UTC from `now`, without milliseconds', () => {
    const ics = buildIcs({ events: [event()], name: 'x', now: NOW });
    assert.ok(ics.includes('\r\nDTSTAMP:20250304T050607Z\r\n'));
    const stamp = vevents(ics)[0].getFirstPropertyValue('dtstamp') as ICAL.Time;
    assert.equal(stamp.zone, ICAL.Timezone.utcTimezone);
  });

  it('round-trips summaries with commas, semicolons, newlines, backslashes and diacritics', () => {
    const events = [
      event({ uid: 'a@x', summary: XEN_BAN }),
      event({ uid: 'b@x', summary: TRICKY, description: TRICKY, location: 'Mường Thanh, Điện Biên; Việt Nam' }),
      event({ uid: 'c@x', summary: 'Windows line\r\nbreak and old Mac\rbreak' }),
    ];
    const parsed = vevents(buildIcs({ events, name: 'x', now: NOW }));
    assert.deepEqual(
      parsed.map((e) => e.getFirstPropertyValue('summary')),
      [XEN_BAN, TRICKY, 'Windows line\nbreak and old Mac\nbreak'],
    );
    assert.equal(parsed[1].getFirstPropertyValue('description'), TRICKY);
    assert.equal(parsed[1].getFirstPropertyValue('location'), 'Mường Thanh, Điện Biên; Việt Nam');
    assert.equal(parsed[0].getFirstPropertyValue('uid'), 'a@x');
  });

  it('writes CATEGORIES as separate values, a comma inside one escaped', () => {
    const ics = buildIcs({
      events: [event({ categories: ['Thái', 'Lễ hội, nghi lễ', ' '] })],
      name: 'x',
      now: NOW,
    });
    assert.ok(ics.includes('\r\nCATEGORIES:Thái,Lễ hội\\, nghi lễ\r\n'));
    assert.deepEqual(vevents(ics)[0].getFirstProperty('categories')!.getValues(), ['Thái', 'Lễ hội, nghi lễ']);
  });

  it('writes URL verbatim (URI, not TEXT) and rejects line breaks in it', () => {
    const url = 'https://di-san.example/vi/le-hoi/xen-ban?nam=2025,2026;x=1';
    const ics = buildIcs({ events: [event({ url })], name: 'x', now: NOW });
    assert.ok(ics.includes(`\r\nURL:${url}\r\n`));
    assert.equal(vevents(ics)[0].getFirstPropertyValue('url'), url);
    for (const bad of ['https://a.example/\r\nX-INJECTED:1', 'https://a.example/\nx', 'https://a.example/\r']) {
      assert.throws(() => buildIcs({ events: [event({ url: bad })], name: 'x', now: NOW }), /url must not contain line breaks/);
    }
  });

  it('marks events TRANSPARENT and omits absent optional properties', () => {
    const ics = buildIcs({ events: [event()], name: 'x', now: NOW });
    const [ev] = vevents(ics);
    assert.equal(ev.getFirstPropertyValue('transp'), 'TRANSPARENT');
    for (const name of ['description', 'location', 'url', 'categories']) {
      assert.equal(ev.getFirstProperty(name), null, name);
    }
  });

  it('keeps event order', () => {
    const events = ['2025-01-29', '2025-04-10', '2025-09-06'].map((d, i) =>
      event({ uid: icsUid(`f${i}`, d), start: d, end: d, summary: `S${i}` }),
    );
    const parsed = vevents(buildIcs({ events, name: 'x', now: NOW }));
    assert.deepEqual(parsed.map((e) => e.getFirstPropertyValue('summary')), ['S0', 'S1', 'S2']);
  });
});

describe('buildIcs: line folding', () => {
  const events = [
    event({ uid: 'long@x', summary: XEN_BAN.repeat(4), description: LONG_DESCRIPTION.repeat(3), location: 'Đ'.repeat(200) }),
  ];
  const ics = buildIcs({ events, name: 'Lịch lễ hội các dân tộc thiểu số tỉnh Điện Biên '.repeat(3), now: NOW });

  it('keeps every physical line within 75 octets, continuation lines starting with one space', () => {
    const lines = physicalLines(ics);
    let folded = 0;
    for (const line of lines) {
      assert.ok(Buffer.byteLength(line, 'utf8') <= 75, `${Buffer.byteLength(line, 'utf8')} octets: ${line}`);
      if (line.startsWith(' ')) folded++;
    }
    assert.ok(folded > 10, 'the long values were actually folded');
  });

  it('never splits a multi-byte character: every physical line is valid UTF-8 on its own', () => {
    const bytes = Buffer.from(ics, 'utf8');
    const decoder = new TextDecoder('utf-8', { fatal: true });
    let from = 0;
    for (let i = 0; i < bytes.length - 1; i++) {
      if (bytes[i] === 0x0d && bytes[i + 1] === 0x0a) {
        assert.doesNotThrow(() => decoder.decode(bytes.subarray(from, i)));
        from = i + 2;
      }
    }
  });

  it('unfolds back to the original values', () => {
    const [ev] = vevents(ics);
    assert.equal(ev.getFirstPropertyValue('summary'), XEN_BAN.repeat(4));
    assert.equal(ev.getFirstPropertyValue('description'), LONG_DESCRIPTION.repeat(3));
    assert.equal(ev.getFirstPropertyValue('location'), 'Đ'.repeat(200));
    assert.equal(parse(ics).getFirstPropertyValue('x-wr-calname'), 'Lịch lễ hội các dân tộc thiểu số tỉnh Điện Biên '.repeat(3));
  });

  it('folds exactly at the 75-octet boundary, moving a straddling character to the next line', () => {
    assert.equal(foldLine('a'.repeat(75)), 'a'.repeat(75));
    assert.equal(foldLine('a'.repeat(76)), `${'a'.repeat(75)}\r\n a`);
    // 72 + 3 octets ("ễ") = 75: fits.
    assert.equal(foldLine(`${'a'.repeat(72)}ễ`), `${'a'.repeat(72)}ễ`);
    // 73 + 3 = 76: "ễ" must move whole to the next line.
    assert.equal(foldLine(`${'a'.repeat(73)}ễb`), `${'a'.repeat(73)}\r\n ễb`);
    // A 4-octet emoji (a surrogate pair in JS) stays whole too.
    assert.equal(foldLine(`${'a'.repeat(72)}🎉`), `${'a'.repeat(72)}\r\n 🎉`);
    // Continuation lines hold 74 octets after their leading space.
    const folded = foldLine('b'.repeat(75 + 74 + 1)).split('\r\n');
    assert.deepEqual(folded.map((l) => l.length), [75, 75, 2]);
  });
});

describe('escapeText', () => {
  it('escapes backslash, semicolon, comma and newlines, in that meaning', () => {
    assert.equal(escapeText('a\\b;c,d\ne'), 'a\\\\b\\;c\\,d\\ne');
    assert.equal(escapeText('x\r\ny\rz'), 'x\\ny\\nz');
    assert.equal(escapeText('Lễ hội: "Xên"'), 'Lễ hội: "Xên"', 'colons and quotes need no escape in TEXT');
  });

  it('drops control characters that TEXT does not allow, keeps tabs', () => {
    assert.equal(escapeText('a\u0000b\u0007c\td\u007F'), 'abc\td');
  });
});

describe('icsUid', () => {
  it('is stable and built from the document id and the start date', () => {
    assert.equal(icsUid('k3j2h1abc', '2025-01-29'), 'k3j2h1abc-20250129@di-san.dienbien');
    assert.equal(icsUid('k3j2h1abc', '2025-01-29'), icsUid('k3j2h1abc', '2025-01-29'));
    assert.notEqual(icsUid('k3j2h1abc', '2025-01-29'), icsUid('k3j2h1abc', '2026-02-17'));
  });

  it('rejects invalid dates and unusable document ids', () => {
    assert.throws(() => icsUid('abc', '2025-02-30'), /startDate is not a valid date/);
    assert.throws(() => icsUid('abc', '29/01/2025'), /not a valid date/);
    assert.throws(() => icsUid('', '2025-01-29'), /festivalDocumentId/);
    assert.throws(() => icsUid('a b', '2025-01-29'), /festivalDocumentId/);
    assert.throws(() => icsUid('a@b', '2025-01-29'), /festivalDocumentId/);
  });
});

describe('buildIcs: invalid input', () => {
  const build = (overrides: Partial<IcsEvent>) => () => buildIcs({ events: [event(overrides)], name: 'x', now: NOW });

  it('throws a clear error on invalid dates', () => {
    assert.throws(build({ start: '2025-02-29' }), /ICS: start of event .* is not a valid date/);
    assert.throws(build({ end: '2025-13-01' }), /ICS: end of event .* is not a valid date/);
    assert.throws(build({ start: '2025-4-10' }), /not a valid date/);
    assert.throws(build({ end: '9999-12-31', start: '9999-12-31' }), /day after the end/);
  });

  it('throws when the end is before the start', () => {
    assert.throws(build({ start: '2025-04-12', end: '2025-04-10' }), /ends \(2025-04-10\) before it starts \(2025-04-12\)/);
  });

  it('throws on an invalid `now`, empty summary/name/uid, and duplicate uids', () => {
    assert.throws(() => buildIcs({ events: [], name: 'x', now: new Date('nope') }), /`now` must be a valid Date/);
    assert.throws(build({ summary: ' ' }), /summary .* must be a non-empty string/);
    assert.throws(build({ uid: '' }), /uid must be a non-empty string/);
    assert.throws(() => buildIcs({ events: [], name: '', now: NOW }), /calendar name/);
    assert.throws(() => buildIcs({ events: [event(), event()], name: 'x', now: NOW }), /duplicate event uid/);
  });
});
