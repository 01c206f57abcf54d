// The ledger's pure parts: near-copy detection (MinHash), and eval scoring of `repeated`.
import { describe, expect, it } from 'vitest';
import { scoreReports, type GoldArticle } from '../functions/core/eval/score.ts';
import { decodeSignature, encodeSignature, NearDuplicates, signature, similarity } from '../functions/core/ledger/minhash.ts';
import type { Finding, Report } from '../functions/core/types.ts';

const WIRE = [
  'Russian fertiliser maker PhosAgro will build a blending plant in the Vietnamese port city of Hai Phong, its chief executive said on Friday.',
  'The plant is expected to produce 300,000 tonnes of fertiliser a year once it opens in 2026.',
  'Vietnamese rice farmers have faced sharply higher fertiliser prices since 2022, when exports from Russia and Belarus were disrupted.',
  'PhosAgro said Vietnam had become one of its five largest markets in Asia and that demand there grew by a third last year.',
  'The company will pay for the construction with loans from a Russian state bank, the chief executive added.',
].join('\n');

describe('stories: near copies by MinHash', () => {
  const copy = `Russian fertiliser giant picks Hai Phong\nHai Phong's port authority has approved a site for the plant, the Herald understands.\n${WIRE}\nEurasia Wire contributed to this report. Read more on our business pages.`;
  const other = 'Russian Foreign Minister Sergey Lavrov will attend the ASEAN-Russia foreign ministers meeting in Vientiane in July, the Kremlin said on Friday. Lavrov is expected to discuss a free trade agreement between ASEAN and the Eurasian Economic Union, and Russia and Laos will sign an agreement on visa-free travel for diplomats.';

  it('finds the same wire text under another headline, intro and trailing lines, and not an article on the same topic', () => {
    const a = signature(WIRE)!;
    expect(similarity(a, signature(copy)!)).toBeGreaterThan(0.5);
    expect(similarity(a, signature(other)!)).toBeLessThan(0.15);
    const table = new NearDuplicates<string>();
    table.add('other', signature(other)!);
    table.add('wire', a);
    table.add('copy', signature(copy)!);
    expect(table.nearest(signature(copy)!, 0.4)?.item).toBe('wire'); // the earliest similar one
    expect(table.nearest(signature(`${other} Officials gave no details.`)!, 0.4)?.item).toBe('other');
  });

  it('signatures are the same in every process (fixed hash functions) and survive storage', () => {
    const a = signature(WIRE)!;
    expect(decodeSignature(encodeSignature(a))).toEqual(a);
    expect(signature(WIRE)).toEqual(a);
    expect(decodeSignature('not a signature')).toBeUndefined();
    expect(signature('Too short to compare.')).toBeUndefined();
  });
});

describe('eval scoring with a ledger in front of the engine', () => {
  const text = 'Aeroflot will open a direct route between Moscow and Da Nang in December.';
  const gold: GoldArticle[] = [
    { id: 'g1', relevant: true, article: { title: 't', url: '', source: '', published: '', text }, findings: [{ label: 'new', quote: text }] },
  ];
  const finding = (label: Finding['label']): Finding => ({ id: 'f1', label, claim: { text, start: 0, end: text.length }, evidence: [], score: 0.9, reason: 'r' });
  const report = (label: Finding['label']): Report => ({
    article: { id: 'a', title: 't', url: '', source: '', published: '' },
    relevant: true,
    findings: [finding(label)],
    summary: { new: 0, contradiction: 0, known: 0, repeated: 0, [label]: 1 },
    alert: label === 'new',
  });

  it('a repeated finding scores as new (gold sets know no ledger), and its article as alerting', () => {
    const repeated = scoreReports(gold, [report('repeated')], {});
    const fresh = scoreReports(gold, [report('new')], {});
    expect(repeated.new).toEqual(fresh.new);
    expect(repeated.new.tp).toBe(1);
    expect(repeated.alert).toEqual(fresh.alert);
    expect(scoreReports(gold, [report('known')], {}).new.fn).toBe(1);
  });
});

describe('review page with the ledger', () => {
  const text = 'Aeroflot will open a direct route between Moscow and Da Nang in December.\n';
  const finding: Finding = {
    id: 'f1',
    label: 'repeated',
    claim: { text: text.trim(), start: 0, end: text.trim().length },
    evidence: [{ doc: 'ledger:c3-2', text: 'Aeroflot will fly Moscow to Da Nang from December.', start: 0, end: 50 }],
    score: 0.8,
    reason: 'repeats ledger claim c3-2',
    claimId: 'c3-2',
  };
  const report: Report = {
    article: { id: 'a1', title: 't', url: 'https://x.example/a', source: 's', published: '' },
    relevant: true,
    findings: [finding],
    summary: { new: 0, contradiction: 0, known: 0, repeated: 1 },
    alert: false,
    story: {
      first: { id: 'a0', title: '<script>alert(1)</script>', source: 'Wire <b>', url: 'javascript:alert(2)', published: '' },
      alsoRunBy: [{ id: 'a2', title: 'Copy two', source: 'Herald', url: 'https://herald.example/2', published: '' }],
      similarity: 0.734,
    },
  };

  it('says which story it repeats and who else ran it, links the ledger claim, and escapes it all', async () => {
    const { renderReportPage } = await import('../functions/core/render/report-page.ts');
    const html = renderReportPage({
      report,
      article: { title: 't', url: 'https://x.example/a', source: 's', published: '', text },
      baselineDocs: [{ id: 'ledger:c3-2', title: 'Ledger claim c3-2, first in: Wire story', source: 'Wire', published: '' }],
      claimsPageKey: 'diffs/claims.html',
      htmlKey: 'diffs/2024/06/21/a1.html',
    });
    expect(html).toContain('Same story as');
    expect(html).toContain('&#60;script&#62;alert(1)&#60;/script&#62;');
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('href="javascript:');
    expect(html).toContain('also run by <a class="url" href="https://herald.example/2"');
    expect(html).toContain('About 73% of its wording');
    expect(html).toContain('href="../../../claims.html#claim-c3-2"');
    expect(html).toContain('↻ repeated');
    expect(html).toContain('No alert: what it says beyond the baseline was alerted before');
    expect(html).toContain('Ledger claim c3-2, first in: Wire story');
  });
});

describe('repeats word for word', () => {
  it('a claim recorded before, word for word, is repeated even when no engine lookup ran', async () => {
    const { LedgerState, applyLedger } = await import('../functions/core/ledger/ledger.ts');
    const { sampleProfile } = await import('../functions/local/local-mode.ts');
    const state = new LedgerState(await sampleProfile());
    const text = 'Rosneft will open a fuel depot in the Vietnamese port of Vung Tau next spring.';
    const f = (label: Finding['label'], t = text): Finding => ({ id: 'f1', label, claim: { text: t, start: 0, end: t.length }, evidence: [], score: 0.5, reason: 'r' });
    state.add({ seq: 1, at: '2024-06-21T00:00:00Z', article: { id: 'a1', title: 'First', url: '', source: 'Wire', published: '', htmlKey: '' }, claims: [{ id: 'c1-1', finding: f('new') }], repeats: [] });
    const base = (t: string): Report => ({ article: { id: 'a2', title: '', url: '', source: '', published: '' }, relevant: true, findings: [f('new', t)], summary: { new: 1, contradiction: 0, known: 0, repeated: 0 }, alert: true });

    const copy = applyLedger(base(`  ${text.replace('Vung Tau', 'VUNG   TAU')}`), [], state);
    expect(copy.report.findings[0]).toMatchObject({ label: 'repeated', claimId: 'c1-1', score: 1 });
    expect(copy.report.alert).toBe(false);
    expect(copy.repeats.map((r) => r.claim)).toEqual(['c1-1']);
    expect(copy.claims).toEqual([]);

    const other = applyLedger(base('Rosneft will open a fuel depot in the Vietnamese port of Da Nang next spring.'), [], state);
    expect(other.report.findings[0].label).toBe('new');
    expect(other.report.alert).toBe(true);
  });
});
