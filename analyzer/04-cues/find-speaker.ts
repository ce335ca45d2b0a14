import type { Lexicon } from '../lexicons';
import { inLexicon } from '../lexicons/in-lexicon';
import { classifySpeaker, isDeterminer, subjectLeft, subjectRight, type Speaker } from '../noun-phrase';
import type { Token } from '../tokens';
import { boundaryWord } from './boundary-word';
import { CLOSING_QUOTES } from './closing-quotes';
import { opensContent } from './has-content';
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
    let appos = subjectLeft(tokens, left.stopIndex, noAux, APPOSITION_MAX);
    // "Smith, an economist and tax expert, said": a coordination inside the apposition.
    while (appos.np.length && appos.stop && COORDINATORS.has(appos.stop.lower)) {
      const more = subjectLeft(tokens, appos.stopIndex, noAux, APPOSITION_MAX);
      if (!more.np.length) break;
      appos = { ...more, np: [...more.np, appos.stop, ...appos.np] };
    }
    let relIndex = appos.stop && inLexicon(lex, 'relativePronouns', appos.stop.lower) ? appos.stopIndex - 1 : -1;
    // "Brinkley, a historian who attended the session, recalled": the apposition is the noun phrase
    // before its own relative clause.
    if (relIndex >= 0 && tokens[relIndex]?.text !== ',') {
      const head = subjectLeft(tokens, appos.stopIndex, noAux, APPOSITION_MAX);
      relIndex = -1;
      if (head.np.length && head.stop?.text === ',') appos = head;
    }
    const relative = relIndex >= 0 ? tokens[relIndex] : undefined;
    const openerIndex = appos.stop?.text === ',' ? appos.stopIndex : relative?.text === ',' ? relIndex : -1;
    if (appos.np.length && openerIndex >= 0) {
      const before = subjectLeft(tokens, openerIndex, noAux);
      // « L'avocat du ministre a, quant à lui, annoncé », "Smith has, however, said": the auxiliary
      // before an aside belongs to the verb, not to the subject.
      while (before.np.length > 1 && inLexicon(lex, 'auxiliaries', before.np[before.np.length - 1]!.lower)) before.np.pop();
      // The noun phrase must start the sentence or follow a boundary: not cut off by the length limit.
      // A clause with its verb ("The pipe is less prone to corrosion, cracks and leaks, said", « Ainsi,
      // huit véhicules sur dix étaient garés au mauvais endroit, a constaté la Ville ») is a clause
      // before an inverted verb, not a subject and its apposition.
      const clause = (words: Token[]) => words.some((t) => inLexicon(lex, 'beForms', t.lower));
      const whole = (!before.stop || !before.stop.word || boundaryWord(lex, before.stop)) && !clause(before.np) && (!!relative || !clause(appos.np));
      let main = before.np.length && whole ? classifySpeaker(before.np, text, lex, first) : null;
      // "Hicks, a Navy veteran, said": one capitalised word described as one person is a name, not
      // a plural like "Officials" that opens a sentence.
      if (main?.type === 'source' && main.kind === 'anonymous' && before.np.length === 1 && (before.np[0] as Token).cap && SINGULAR_INDEFINITE.has(appos.np[0]?.lower ?? '')) {
        main = { ...main, kind: 'named' };
      }
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
  if (!np.length && stop && stop.word && inLexicon(lex, 'relativePronouns', stop.lower) && !frRelative) return antecedent(tokens, left.stopIndex, v, text, lex, first, cueFrom);
  if (!np.length && stop && stop.word && boundaryWord(lex, stop) && !frRelative) return null;
  if (np.length) {
    let sp = classifySpeaker(np, text, lex, first);
    let from = left.npStart;
    // "Experts on North Korea and nuclear nonproliferation said": the words after "and" are no one by
    // themselves; the coordinated phrase is the subject, its head the first noun ("experts").
    // "Ana Ruiz and her family believe": a name coordinated with a description; the name is who a
    // reader can check.
    if (!(sp?.type === 'source' && sp.kind === 'named') && stop && COORDINATORS.has(stop.lower)) {
      const wider = subjectLeft(tokens, left.stopIndex, noAuxiliaries(lex));
      const whole = !wider.stop || !wider.stop.word || boundaryWord(lex, wider.stop);
      // (a name ends with a capital: "la Société suisse de l'industrie du gaz et des eaux" is one body)
      const named = wider.np.length && whole && wider.np[wider.np.length - 1]!.cap ? classifySpeaker(wider.np, text, lex, first) : null;
      if (named?.type === 'source' && named.kind === 'named' && !named.document) {
        sp = named;
        from = wider.npStart;
      } else if (wider.np.length) {
        // the whole coordinated phrase, when the words after "and" are no one, or when it is one name
        // (never after a lone pronoun: « Lui et ses sbires »)
        const pronoun = wider.np.length === 1 && (inLexicon(lex, 'pronouns', wider.np[0]!.lower) || inLexicon(lex, 'objectPronouns', wider.np[0]!.lower));
        const coordinated = classifySpeaker([...wider.np, stop, ...np], text, lex, first);
        if (!sp || (whole && !pronoun && coordinated?.type === 'source' && coordinated.kind === 'named')) {
          sp = coordinated;
          from = wider.npStart;
        }
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
  // "..., told reporters": "told" is never inverted; its object is not its speaker.
  if (lex.language === 'en' && /^(?:told|tells|tell)$/.test((tokens[v] as Token).lower)) return null;
  const right = subjectRight(tokens, j, lex);
  const sp = classifySpeaker(right, text, lex, undefined);
  if (!sp) return null;
  return { sp, relay: sp.type === 'source' && sp.kind === 'anonymous' ? relay : undefined, from: j, cueFrom };
}

/** Subject relative pronouns: "who said", « qui a déclaré »; not « que », whose clause has its own subject. */
const SUBJECT_RELATIVES: ReadonlySet<string> = new Set(['who', 'which', 'that', 'qui']);
const COORDINATORS: ReadonlySet<string> = new Set(['and', 'or', 'et', 'ou']);
const SINGULAR_INDEFINITE: ReadonlySet<string> = new Set(['a', 'an', 'un', 'une']);

/** The longest antecedent read before a relative pronoun, in words. */
const ANTECEDENT_MAX = 5;

/**
 * The subject of a verb in a relative clause is the noun phrase the pronoun at `r` stands for: "an
 * architect who said he was stiffed", "the police department, which reported 2,521 shootings", « le
 * ministre, qui a déclaré ». Only a short phrase that opens with a determiner or is a run of
 * capitalised words counts, not after a preposition: in "Democrats on Capitol Hill, who argued",
 * Capitol Hill argued nothing. The verb must report what was said: "a minister who has declared his
 * intention to resist" tells what the minister does (rule 12), not what they say.
 */
function antecedent(tokens: Token[], r: number, v: number, text: string, lex: Lexicon, first: Token | undefined, cueFrom: number):
  { sp: Speaker; from: number; cueFrom: number } | null {
  if (!SUBJECT_RELATIVES.has((tokens[r] as Token).lower) || !reportsContent(tokens, v, lex)) return null;
  // "users who believe they own the real thing" describes the users; it reports no claim (rule 12).
  if (inLexicon(lex, 'beliefVerbs', (tokens[v] as Token).lower)) return null;
  let e = r - 1;
  if (tokens[e]?.text === ',') e--;
  let s = e;
  let determined = false;
  while (s >= 0 && e - s < ANTECEDENT_MAX) {
    const t = tokens[s] as Token;
    if (!t.word || inLexicon(lex, 'clauseBoundaries', t.lower) || inLexicon(lex, 'prepositions', t.lower)) break;
    if (isDeterminer(lex, t.lower)) {
      determined = true;
      break;
    }
    s--;
  }
  if (!determined) {
    // a run of capitalised words only: "former President Bill Clinton, who"
    s = e;
    while (s >= 0 && e - s < ANTECEDENT_MAX && (tokens[s] as Token).cap && (tokens[s] as Token).word) s--;
    if (s === e) return null;
    const before = tokens[s];
    if (before && inLexicon(lex, 'prepositions', before.lower)) return null;
    s++;
  }
  const sp = classifySpeaker(tokens.slice(s, e + 1), text, lex, first);
  if (!sp || sp.type === 'author' || (sp.type === 'reference' && sp.pronoun)) return null;
  return { sp, from: s, cueFrom };
}

/** What was said follows the verb at `v`: "that", a colon, a quotation, or a clause opening with a pronoun ("said he was stiffed"). */
function reportsContent(tokens: Token[], v: number, lex: Lexicon): boolean {
  let j = v + 1;
  // "told reporters that", "said on Monday that": an object or a day before what was said
  if (tokens[j] && (inLexicon(lex, 'objectPronouns', (tokens[j] as Token).lower) || inLexicon(lex, 'days', (tokens[j] as Token).lower))) j++;
  const t = tokens[j];
  if (!t) return false;
  return opensContent(t) || (j === v + 1 && inLexicon(lex, 'pronouns', t.lower));
}

/** The comma at `k` closes a quotation ("“...,” said"): no apposition there. */
function stopIsAfterQuote(tokens: Token[], k: number): boolean {
  const before = tokens[k - 1];
  return !!before && (CLOSING_QUOTES.has(before.text) || before.quoted);
}
