import type { Quote } from './03-quotes';
import type { Span } from './02-segment';
import type { ResolvedCue } from './05-resolve';
import type { Source } from './types';

interface Pending {
  quote: Quote;
  speaker: Source | null;
  /** The source just before the quotation opened, for a quotation that has no speaker tag. */
  before: Source | null;
  /** The quotation opens a paragraph or follows a colon: it may continue the speaker before it. */
  continues: boolean;
  waiting: number[];
}

/**
 * Every sentence inside a quotation takes the quotation's speaker (TAXONOMY rule 1): the speaker is
 * the source found next to the quotation ("...,” she said), or, for a paragraph that is only a
 * quotation, the source of the sentence just before it.
 */
export class QuoteSpeakers {
  private next = 0;
  private open: Pending[] = [];

  constructor(private readonly quotes: Quote[]) {}

  visit(index: number, span: Span, resolved: ResolvedCue[], recent: Source | null, prevText: string, give: (r: { index: number; cue: ResolvedCue }) => void): void {
    // Quotations that end before this sentence are settled now.
    this.settle(span.start, give);
    while (this.next < this.quotes.length && (this.quotes[this.next] as Quote).start < span.end) {
      const quote = this.quotes[this.next++] as Quote;
      if (quote.end <= span.start) continue;
      const blockStart = quote.start <= span.start + 1 && !prevText.trim().endsWith(',');
      this.open.push({ quote, speaker: null, before: recent, continues: blockStart || /:\s*$/.test(prevText), waiting: [] });
    }
    const own = resolved.find((r) => r.code !== 'link' && r.code !== 'weasel');
    for (const p of this.open) {
      if (p.quote.start >= span.end || p.quote.end <= span.start) continue;
      if (own && !p.speaker) {
        p.speaker = own.source;
        for (const w of p.waiting) give({ index: w, cue: { code: 'quotation-speaker', cue: '', source: own.source } });
        p.waiting = [];
      } else if (resolved.every((r) => r.source.outlet)) {
        // (a link to the outlet's own story does not stop the quotation's speaker from speaking)
        if (p.speaker) give({ index, cue: { code: 'quotation-speaker', cue: '', source: p.speaker } });
        else p.waiting.push(index);
      }
    }
  }

  finish(give: (r: { index: number; cue: ResolvedCue }) => void): void {
    this.settle(Number.POSITIVE_INFINITY, give);
  }

  private settle(before: number, give: (r: { index: number; cue: ResolvedCue }) => void): void {
    this.open = this.open.filter((p) => {
      if (p.quote.end > before) return true;
      if (!p.speaker && p.continues && p.before) {
        for (const w of p.waiting) give({ index: w, cue: { code: 'carried-forward', cue: '', source: p.before } });
      }
      return false;
    });
  }
}
