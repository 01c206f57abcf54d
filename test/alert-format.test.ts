import { describe, expect, it } from 'vitest';
import { formatAlert, SMS_MAX, SUBJECT_MAX, toAscii } from '../functions/core/alert-format.ts';
import type { Finding, Report } from '../functions/core/types.ts';

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

function finding(label: Finding['label'], claim: string, extra: Partial<Finding> = {}): Finding {
  return { id: `f-${claim.length}`, label, claim: { text: claim, start: 0, end: claim.length }, evidence: [], score: 0.8, reason: `${label} because of a test`, ...extra };
}

function report(title: string, findings: Finding[]): Report {
  const count = (label: Finding['label']) => findings.filter((f) => f.label === label).length;
  return {
    article: { id: '0123456789abcdef', title, url: 'https://news.sample.test/a?x=1', source: 'Test Wire', published: '2024-06-21' },
    relevant: true,
    findings,
    summary: { new: count('new'), contradiction: count('contradiction'), known: count('known') },
    alert: count('new') + count('contradiction') > 0,
  };
}

const contradiction = finding('contradiction', 'Putin and Lam signed 15 agreements.', {
  type: 'number',
  evidence: [{ doc: '001_311eee39a6f20885', text: 'Both the presidents signed 11 memorandums for cooperation', start: 10, end: 67 }],
  reason: 'article says 15 agreements; baseline says 11 memorandums',
});
const newClaim = finding('new', 'Aeroflot will fly Moscow to Da Nang from December.');
const known = finding('known', 'Putin arrived from Pyongyang.');
const docs = [{ id: '001_311eee39a6f20885', title: 'Moscow and Hanoi pledge to strengthen relations' }];

describe('formatAlert', () => {
  const message = formatAlert({
    report: report('Putin in Hà Nội: “15 deals” signed — Đà Nẵng flights', [known, newClaim, contradiction]),
    diffLink: 'file:///tmp/store/diffs/2024/06/21/0123456789abcdef.html',
    baselineDocs: docs,
  });

  it('writes a one-line ASCII subject under 100 characters with the counts and the title', () => {
    expect(message.subject).toMatch(PRINTABLE_ASCII);
    expect(message.subject.length).toBeLessThan(100);
    expect(message.subject).toBe('[claimwatch] 1 contradiction, 1 new: Putin in Ha Noi: "15 deals" signed - Da Nang flights');
  });

  it('puts title, link, counts, each alerting claim with its evidence and reason, and the diff in the text', () => {
    const text = message.text;
    expect(text).toContain('Putin in Hà Nội: “15 deals” signed — Đà Nẵng flights');
    expect(text).toContain('https://news.sample.test/a?x=1');
    expect(text).toContain('1 contradiction, 1 new (1 known)');
    expect(text).toContain('CONTRADICTION (number)');
    expect(text).toContain('"Putin and Lam signed 15 agreements."');
    expect(text).toContain('"Both the presidents signed 11 memorandums for cooperation" (Moscow and Hanoi pledge to strengthen relations, 001_311eee39a6f20885)');
    expect(text).toContain('article says 15 agreements; baseline says 11 memorandums');
    expect(text).toContain('"Aeroflot will fly Moscow to Da Nang from December."');
    expect(text).toContain('Review the diff: file:///tmp/store/diffs/2024/06/21/0123456789abcdef.html');
    // Known claims are not news: they stay on the diff page.
    expect(text).not.toContain('Putin arrived from Pyongyang.');
    // Contradictions come before new claims.
    expect(text.indexOf('CONTRADICTION')).toBeLessThan(text.indexOf('NEW'));
  });

  it('writes an ASCII SMS of at most 160 characters naming the diff', () => {
    expect(message.sms).toMatch(PRINTABLE_ASCII);
    expect(message.sms.length).toBeLessThanOrEqual(SMS_MAX);
    expect(message.sms).toContain('1 contradiction, 1 new');
    expect(message.sms).toContain('0123456789abcdef');
  });

  it('strips control and bidi characters from every part, including injected header lines', () => {
    const hostile = formatAlert({
      report: report('Breaking\r\nBcc: victim@example.com\u202Egnp.exe\u0007\u200B', [
        finding('new', 'Claim with\u0000 a NUL and\u001b[31m an escape\u2028and a separator.'),
      ]),
      diffLink: 'https://example.test/d\n.html',
    });
    for (const part of [hostile.subject, hostile.sms]) {
      expect(part).toMatch(PRINTABLE_ASCII);
      expect(part).toContain('Breaking Bcc: victim@example.com gnp.exe');
    }
    expect(hostile.text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f\u200b\u202e\u2028]/);
    expect(hostile.text).toContain('Claim with a NUL and [31m an escape and a separator.');
    expect(hostile.text).toContain('Review the diff: https://example.test/d .html');
  });

  it('shortens long titles to fit the subject and the SMS', () => {
    const long = formatAlert({ report: report('Russia and Vietnam '.repeat(30), [newClaim]), diffLink: 'x' });
    expect(long.subject.length).toBeLessThanOrEqual(SUBJECT_MAX);
    expect(long.subject.endsWith('...')).toBe(true);
    expect(long.sms.length).toBeLessThanOrEqual(SMS_MAX);
    expect(long.sms.endsWith('(diff 0123456789abcdef)')).toBe(true);
  });

  it('transliterates Russian titles and falls back to the article id for scripts without an ASCII form', () => {
    const russian = formatAlert({ report: report('Путин прибыл в Ханой', [newClaim]), diffLink: 'x' });
    expect(russian.subject).toBe('[claimwatch] 1 new: Putin pribyl v Khanoy');
    const chinese = formatAlert({ report: report('普京抵达河内', [newClaim]), diffLink: 'x' });
    expect(chinese.subject).toBe('[claimwatch] 1 new: article 0123456789abcdef');
  });

  it('lists at most 25 findings and says how many more the diff page has', () => {
    const many = Array.from({ length: 30 }, (_, i) => finding('new', `Claim number ${i + 1} about Hanoi.`));
    const text = formatAlert({ report: report('Many claims', many), diffLink: 'x' }).text;
    expect(text).toContain('Claim number 25 about Hanoi.');
    expect(text).not.toContain('Claim number 26 about Hanoi.');
    expect(text).toContain('... and 5 more findings on the diff page.');
  });

  it('toAscii maps Vietnamese letters and typographic punctuation', () => {
    expect(toAscii('Nguyễn Phú Trọng – “Đổi Mới”…')).toBe('Nguyen Phu Trong - "Doi Moi"...');
  });
});
