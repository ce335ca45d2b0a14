import type { Lexicon } from '../lexicons';
import { inLexicon } from '../lexicons/in-lexicon';
import { classifySpeaker, subjectLeft, subjectRight, type Speaker } from '../noun-phrase';
import type { Token } from '../tokens';
import { boundaryWord } from './boundary-word';
import { CLOSING_QUOTES } from './closing-quotes';
import { noAuxiliaries } from './no-auxiliaries';

/** The longest apposition read between two commas, in words and punctuation. */
const APPOSITION_MAX = 16;

/** The speaker of the verb at `v`: its subject, an apposition around it, or the subject after it. */
export function findSpeaker(tokens: Token[], v: number, text: string, lex: Lexicon, first: Token | undefined):
  { sp: Speaker; relay?: string; alias?: string; from: number; cueFrom: number } | null {
  const left = subjectLeft(tokens, v, lex);
  const cueFrom = left.skippedTo + 1;
  const stop = left.stop;
  let np = left.np;
  // Apposition: "Smith, a spokesman for the ministry, said" / « Laurent Fabius, le ministre, a dit »;
  // a relative clause: "Smith, who spoke on Monday, said".
  if (!np.length && stop && stop.text === ',' && !stopIsAfterQuote(tokens, left.stopIndex)) {
    const noAux = noAuxiliaries(lex);
    // an apposition may be a long title ("senior associate for education organizing at the … Institute")
    const appos = subjectLeft(tokens, left.stopIndex, noAux, APPOSITION_MAX);
    const relIndex = appos.stop && inLexicon(lex, 'relativePronouns', appos.stop.lower) ? appos.stopIndex - 1 : -1;
    const relative = relIndex >= 0 ? tokens[relIndex] : undefined;
    const openerIndex = appos.stop?.text === ',' ? appos.stopIndex : relative?.text === ',' ? relIndex : -1;
    if (appos.np.length && openerIndex >= 0) {
      const before = subjectLeft(tokens, openerIndex, noAux);
      // The noun phrase must start the sentence or follow a boundary: not cut off by the length limit.
      const whole = !before.stop || !before.stop.word || boundaryWord(lex, before.stop);
      const main = before.np.length && whole ? classifySpeaker(before.np, text, lex, first) : null;
      const inner = relative ? null : classifySpeaker(appos.np, text, lex, first);
      const pick = main?.type === 'source' && main.kind === 'named' ? main : inner?.type === 'source' && inner.kind === 'named' ? inner : main ?? inner;
      if (pick && main) {
        const other = pick === main ? appos.np : before.np;
        const alias = other.length ? text.slice((other[0] as Token).start, (other[other.length - 1] as Token).end) : undefined;
        return { sp: pick, alias, from: before.npStart, cueFrom };
      }
    }
    np = [];
  }
  // "Ces frappes qui s'ajoutent", "the man who said": a relative clause's verb has its subject elsewhere.
  // « ce qu'a annoncé X », « comme l'a dit X »: French puts the subject after the verb there.
  const frRelative = lex.language === 'fr' && !!stop && inLexicon(lex, 'invertingWords', stop.lower);
  if (!np.length && stop && stop.word && boundaryWord(lex, stop) && !frRelative) return null;
  if (!np.length && stop && stop.word && inLexicon(lex, 'relativePronouns', stop.lower) && !frRelative) return null;
  if (np.length) {
    let sp = classifySpeaker(np, text, lex, first);
    let from = left.npStart;
    // "Experts on North Korea and nuclear nonproliferation said": the words after "and" are no one by
    // themselves; the coordinated phrase is the subject, its head the first noun ("experts").
    if (!sp && stop && /^(?:and|or|et|ou)$/.test(stop.lower)) {
      const wider = subjectLeft(tokens, left.stopIndex, noAuxiliaries(lex));
      if (wider.np.length) {
        sp = classifySpeaker([...wider.np, stop, ...np], text, lex, first);
        from = wider.npStart;
      }
    }
    if (!sp) return null;
    // "a source told Reuters": the outlet only relays an unnamed speaker (TAXONOMY rule 2).
    let relay: string | undefined;
    if (sp.type === 'source' && sp.kind === 'anonymous' && /^(?:told|tells|tell|telling)$/.test((tokens[v] as Token).lower)) {
      let e = v + 1;
      while (e < tokens.length && (tokens[e] as Token).cap) e++;
      if (e > v + 1) relay = text.slice((tokens[v + 1] as Token).start, (tokens[e - 1] as Token).end);
    }
    return { sp, relay, from, cueFrom };
  }
  // Inverted: "“...,” said Smith", "..., said a spokesman", « ..., a déclaré à Al-Masdar News une source militaire »
  // — only after a clause (a comma, a quote, a colon or a dash), never at the start of the sentence.
  if (!stop || !(stop.quoted || frRelative || /^[,:;—–-]$|^[”»"’'›]$/.test(stop.text))) return null;
  let j = v + 1;
  let relay: string | undefined;
  if (lex.language === 'fr' && /^(?:à|au|aux)$/.test(tokens[j]?.lower ?? '')) {
    const r0 = j;
    j++;
    if (tokens[j]?.lower === "l'" || tokens[j]?.lower === 'la' || tokens[j]?.lower === 'le') j++;
    while (j < tokens.length && ((tokens[j] as Token).cap || ((tokens[j] as Token).text === '-' && tokens[j + 1]?.cap))) j++;
    if (j > r0 + 1) relay = text.slice((tokens[r0 + 1] as Token).start, (tokens[j - 1] as Token).end);
  }
  if (lex.language === 'en' && (tokens[j]?.lower === 'to' || tokens[j]?.lower === 'by')) return null;
  const right = subjectRight(tokens, j, lex);
  const sp = classifySpeaker(right, text, lex, undefined);
  if (!sp) return null;
  return { sp, relay: sp.type === 'source' && sp.kind === 'anonymous' ? relay : undefined, from: j, cueFrom };
}

/** The comma at `k` closes a quotation ("“...,” said"): no apposition there. */
function stopIsAfterQuote(tokens: Token[], k: number): boolean {
  const before = tokens[k - 1];
  return !!before && (CLOSING_QUOTES.has(before.text) || before.quoted);
}
