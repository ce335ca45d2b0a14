import { codePointAt, codePointBefore, isLatinText, isLetterOrDigit } from './chars';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A rule's pattern as a regular-expression source: a plain phrase is escaped. */
export const patternSource = (r: { pattern: string; regex?: boolean }): string => (r.regex ? r.pattern : escape(r.pattern));

interface Entry<R> {
  rule: R;
  source: string;
  /** The pattern alone, ignoring case. */
  fast: RegExp | null;
  /** The pattern between word boundaries, as the rule means it: compiled only when needed. */
  exact: RegExp | null;
}

/**
 * The phrase rules of one category (hedges, weasels), each matched case-insensitively between word
 * boundaries, as `/(?<![\p{L}\p{N}])(?:pattern)(?![\p{L}\p{N}])/iu` would match it — but cheaply, since
 * the expressions are compiled again in every page and run on every sentence:
 * - one expression of all the patterns, without the boundaries, tells most sentences have none;
 * - a rule's own pattern finds its first place, and the boundaries are checked by code point;
 * - only when that place fails a boundary (a phrase inside a longer word) is the exact expression,
 *   with its costly `\p{…}` lookarounds, compiled and run from there.
 * The first two ignore case the simple way (the `i` flag without `u`, which folds by upper case),
 * the same on Latin text (latin-regex.ts); other text goes to the exact expressions.
 */
export class PhraseSet<R extends { pattern: string; regex?: boolean }> {
  private readonly entries: Entry<R>[];
  private any: RegExp | null = null;

  constructor(rules: readonly R[]) {
    this.entries = rules.map((rule) => ({ rule, source: patternSource(rule), fast: null, exact: null }));
  }

  /** Each rule's first match in `text`, in the rules' order. `latin`: isLatinText(text), when known. */
  matches(text: string, latin = isLatinText(text)): { rule: R; index: number; text: string }[] {
    if (this.entries.length === 0) return [];
    if (!latin) return this.exactMatches(text);
    this.any ??= new RegExp(this.entries.map((e) => `(?:${e.source})`).join('|'), 'i');
    if (!this.any.test(text)) return [];
    const out: { rule: R; index: number; text: string }[] = [];
    for (const e of this.entries) {
      const m = firstMatch(e, text);
      if (m) out.push({ rule: e.rule, index: m.index, text: m[0] });
    }
    return out;
  }

  // Beyond Latin text, case folding with and without `u` can differ: only the exact expressions.
  private exactMatches(text: string): { rule: R; index: number; text: string }[] {
    const out: { rule: R; index: number; text: string }[] = [];
    for (const e of this.entries) {
      const re = exactOf(e);
      re.lastIndex = 0;
      const m = re.exec(text);
      if (m) out.push({ rule: e.rule, index: m.index, text: m[0] });
    }
    return out;
  }
}

function exactOf(e: Entry<{ pattern: string }>): RegExp {
  return (e.exact ??= new RegExp(`(?<![\\p{L}\\p{N}])(?:${e.source})(?![\\p{L}\\p{N}])`, 'giu'));
}

function firstMatch(e: Entry<{ pattern: string }>, text: string): RegExpExecArray | null {
  e.fast ??= new RegExp(e.source, 'gi');
  e.fast.lastIndex = 0;
  const m = e.fast.exec(text);
  if (!m) return null;
  const end = m.index + m[0].length;
  if (!isLetterOrDigit(codePointBefore(text, m.index)) && (end >= text.length || !isLetterOrDigit(codePointAt(text, end)))) return m;
  const exact = exactOf(e);
  exact.lastIndex = m.index;
  return exact.exec(text);
}
