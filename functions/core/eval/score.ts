// Scores engine reports against labelled articles, exactly as ../shared/eval/README.md says:
// span overlap per label, micro-averaged P/R/F1 for `new` and `contradiction`, evidence
// accuracy on recalled contradictions, alert precision/recall, restatement-only articles clean.
import type { ArticleInput, Label, Report } from '../types.ts';

export interface GoldFinding {
  label: Label;
  type?: string;
  quote: string;
  baseline?: { doc: string; quote: string };
}

export interface GoldArticle {
  id: string;
  relevant: boolean;
  article: ArticleInput;
  findings: GoldFinding[];
}

export interface BaselineTexts {
  [docId: string]: string;
}

interface Range {
  start: number;
  end: number;
}

const overlaps = (a: Range, b: Range) => a.start < b.end && b.start < a.end;

function locate(text: string, quote: string): Range {
  const start = text.indexOf(quote);
  return { start, end: start < 0 ? -1 : start + quote.length };
}

export interface LabelScore {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

function ratios(tp: number, fp: number, fn: number): LabelScore {
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { tp, fp, fn, precision, recall, f1 };
}

export interface Scores {
  articles: number;
  new: LabelScore;
  contradiction: LabelScore;
  evidence: { right: number; recalled: number; accuracy: number };
  alert: { tp: number; fp: number; fn: number; precision: number; recall: number };
  irrelevantAlerts: number;
  restatements: { clean: number; total: number };
  /** Gold contradictions recalled, by their type (role, number, date, negation, entity, other). */
  contradictionTypes: Record<string, { recalled: number; total: number }>;
  /** Per-article detail, for finding what the engine gets wrong. */
  mistakes: Array<{ article: string; kind: string; label: string; text: string; detail?: string }>;
}

/**
 * Gold sets know no ledger: a `repeated` finding (new or contradicting against the baseline,
 * but alerted before) is scored as `new`, and an article whose claims were all repeated as one
 * that alerts, so the same engine scores the same with or without a ledger in front of it.
 */
function asGoldSees(report: Report): Report {
  if (!report.findings.some((f) => f.label === 'repeated')) return report;
  const findings = report.findings.map((f) => (f.label === 'repeated' ? { ...f, label: 'new' as const } : f));
  return { ...report, findings, alert: report.relevant && findings.some((f) => f.label === 'new' || f.label === 'contradiction') };
}

export function scoreReports(gold: GoldArticle[], reports: Report[], baseline: BaselineTexts): Scores {
  const counts = { new: { tp: 0, fp: 0, fn: 0 }, contradiction: { tp: 0, fp: 0, fn: 0 } };
  const evidence = { right: 0, recalled: 0 };
  const alert = { tp: 0, fp: 0, fn: 0 };
  let irrelevantAlerts = 0;
  const restatements = { clean: 0, total: 0 };
  const contradictionTypes: Scores['contradictionTypes'] = {};
  const mistakes: Scores['mistakes'] = [];

  gold.forEach((g, i) => {
    const report = asGoldSees(reports[i]);
    const text = g.article.text;
    const goldSpans = g.findings.map((f) => ({ ...f, ...locate(text, f.quote) }));
    for (const label of ['new', 'contradiction'] as const) {
      const sys = report.findings.filter((f) => f.label === label);
      const gl = goldSpans.filter((f) => f.label === label);
      for (const f of sys) {
        const hit = gl.some((x) => overlaps(f.claim, x));
        if (hit) counts[label].tp++;
        else {
          counts[label].fp++;
          const actual = goldSpans.find((x) => overlaps(f.claim, x));
          mistakes.push({ article: g.id, kind: 'false-positive', label, text: f.claim.text, detail: `gold: ${actual?.label ?? 'unlabelled'}; ${f.reason}` });
        }
      }
      for (const x of gl) {
        const matches = sys.filter((f) => overlaps(f.claim, x));
        if (label === 'contradiction') {
          const type = (contradictionTypes[x.type ?? 'other'] ??= { recalled: 0, total: 0 });
          type.total++;
          if (matches.length) type.recalled++;
        }
        if (!matches.length) {
          counts[label].fn++;
          const got = report.findings.find((f) => overlaps(f.claim, x));
          mistakes.push({ article: g.id, kind: 'missed', label, text: x.quote, detail: got ? `engine: ${got.label}; ${got.reason}` : 'engine: no finding' });
        } else if (label === 'contradiction' && x.baseline) {
          evidence.recalled++;
          const want = locate(baseline[x.baseline.doc] ?? '', x.baseline.quote);
          const right = matches.some((f) => f.evidence.some((e) => e.doc === x.baseline!.doc && overlaps(e, want)));
          if (right) evidence.right++;
          else mistakes.push({ article: g.id, kind: 'wrong-evidence', label, text: x.quote, detail: `want ${x.baseline.doc}: ${x.baseline.quote.slice(0, 80)}; got ${matches[0].evidence.map((e) => `${e.doc}: ${e.text.slice(0, 80)}`).join(' | ')}` });
        }
      }
    }
    const shouldAlert = g.relevant && g.findings.some((f) => f.label !== 'known');
    if (report.alert && shouldAlert) alert.tp++;
    if (report.alert && !shouldAlert) alert.fp++;
    if (!report.alert && shouldAlert) alert.fn++;
    if (!g.relevant && report.alert) irrelevantAlerts++;
    if (g.relevant && g.findings.length && g.findings.every((f) => f.label === 'known')) {
      restatements.total++;
      if (!report.findings.some((f) => f.label !== 'known')) restatements.clean++;
    }
  });

  const alertP = alert.tp + alert.fp ? alert.tp / (alert.tp + alert.fp) : 1;
  const alertR = alert.tp + alert.fn ? alert.tp / (alert.tp + alert.fn) : 1;
  return {
    articles: gold.length,
    new: ratios(counts.new.tp, counts.new.fp, counts.new.fn),
    contradiction: ratios(counts.contradiction.tp, counts.contradiction.fp, counts.contradiction.fn),
    evidence: { ...evidence, accuracy: evidence.recalled ? evidence.right / evidence.recalled : 1 },
    alert: { ...alert, precision: alertP, recall: alertR },
    irrelevantAlerts,
    restatements,
    contradictionTypes,
    mistakes,
  };
}

const pct = (x: number) => x.toFixed(2);

export function formatScores(s: Scores): string {
  return [
    `articles: ${s.articles}`,
    `new:            P ${pct(s.new.precision)}  R ${pct(s.new.recall)}  F1 ${pct(s.new.f1)}   (tp ${s.new.tp}, fp ${s.new.fp}, fn ${s.new.fn})`,
    `contradiction:  P ${pct(s.contradiction.precision)}  R ${pct(s.contradiction.recall)}  F1 ${pct(s.contradiction.f1)}   (tp ${s.contradiction.tp}, fp ${s.contradiction.fp}, fn ${s.contradiction.fn})`,
    `evidence right: ${s.evidence.right}/${s.evidence.recalled} recalled contradictions (${pct(s.evidence.accuracy)})`,
    `alerts:         P ${pct(s.alert.precision)}  R ${pct(s.alert.recall)}   (irrelevant articles alerting: ${s.irrelevantAlerts})`,
    `restatements:   ${s.restatements.clean}/${s.restatements.total} articles clean`,
  ].join('\n');
}

const CONTRADICTION_TYPES = ['role', 'number', 'date', 'negation', 'entity', 'other'];

/** Several labelled sets side by side, one column each: the figures the README reports. */
export function formatScoreTable(sets: Array<{ name: string; scores: Scores }>): string {
  const rows: Array<[string, (s: Scores) => string]> = [
    ['articles', (s) => String(s.articles)],
    ['new P / R', (s) => `${pct(s.new.precision)} / ${pct(s.new.recall)}`],
    ['new F1', (s) => pct(s.new.f1)],
    ['contradiction P / R', (s) => `${pct(s.contradiction.precision)} / ${pct(s.contradiction.recall)}`],
    ['contradiction F1', (s) => pct(s.contradiction.f1)],
    ['evidence right', (s) => `${s.evidence.right}/${s.evidence.recalled}`],
    ['alert P / R', (s) => `${pct(s.alert.precision)} / ${pct(s.alert.recall)}`],
    ['off-topic alerting', (s) => String(s.irrelevantAlerts)],
    ['restatements clean', (s) => `${s.restatements.clean}/${s.restatements.total}`],
    ...CONTRADICTION_TYPES.map((type): [string, (s: Scores) => string] => [
      `  ${type} recalled`,
      (s) => `${s.contradictionTypes[type]?.recalled ?? 0}/${s.contradictionTypes[type]?.total ?? 0}`,
    ]),
  ];
  const cells = [['', ...sets.map((s) => s.name)], ...rows.map(([name, cell]) => [name, ...sets.map((s) => cell(s.scores))])];
  const widths = cells[0].map((_, c) => Math.max(...cells.map((r) => r[c].length)));
  return cells.map((r) => r.map((v, c) => (c ? v.padStart(widths[c]) : v.padEnd(widths[c]))).join('   ')).join('\n');
}
