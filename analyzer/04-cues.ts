import { LEXICONS, type Lexicon, type PhraseRule } from './lexicons';
import { classifySpeaker, subjectLeft, subjectRight, type Speaker } from './noun-phrase';
import { inLexicon } from './lexicons/in-lexicon';
import { PhraseSet } from './phrase-set';
import { isAllLetters, isLatinText } from './chars';
import { LatinRegex } from './latin-regex';
import type { Token } from './tokens';
import type { BlockLink, Language, ReasonCode } from './types';

/** A source the sentence itself names or points to. */
export interface Cue {
  code: ReasonCode;
  /** The words that fired: "said", « selon », "reportedly". */
  cue: string;
  speaker: Speaker;
  /** The outlet that relayed an anonymous speaker (TAXONOMY rule 2): « à Al-Masdar News ». */
  relay?: string;
  /** The cue sits next to a quotation (the speaker of a direct quote). */
  quote?: boolean;
  /** Another description of the same speaker: the apposition in "Ana Ruiz, a city official, said". */
  alias?: string;
}

export interface Hedge {
  code: 'hedge' | 'reportive-conditional';
  cue: string;
  message: string;
}

export interface SentenceCues {
  sources: Cue[];
  hedges: Hedge[];
  /** A first-person opinion of the author (TAXONOMY rule 7). */
  author: string | null;
  notClaim: { code: ReasonCode; cue: string; message: string } | null;
  /** Proper names in the sentence, outside quotations (for pronouns, rule 6). */
  names: string[];
}

interface Compiled {
  lex: Lexicon;
  accordingTo: string[][];
  viewOf: string[][];
  hedges: PhraseSet<PhraseRule>;
  weasels: PhraseSet<PhraseRule>;
  notClaims: { rule: Lexicon['notClaims'][number]; re: LatinRegex }[];
}


// Compiled once per language, at first use.
const compiled = new Map<Language, Compiled>();
function compile(lang: Language): Compiled {
  let c = compiled.get(lang);
  if (c) return c;
  const lex = LEXICONS[lang];
  c = {
    lex,
    accordingTo: lex.accordingTo.map((p) => p.replace(/'/g, "' ").split(/\s+/).filter(Boolean)),
    viewOf: lex.viewOf.map((p) => p.split(/\s+/)),
    hedges: new PhraseSet(lex.hedges),
    weasels: new PhraseSet(lex.weasels),
    notClaims: lex.notClaims.map((rule) => ({ rule, re: new LatinRegex(rule.pattern, !rule.caseSensitive) })),
  };
  compiled.set(lang, c);
  return c;
}

// English forms that are also nouns: a verb only before "that", a colon or a quote, or after a pronoun.
const NOUNISH = new Set(`report reports claim claims note notes post posts tweet tweets state states charge charges
question questions promise promises estimate estimates remark remarks signal signals counter counters brief
briefs demand demands dispute disputes answer answers reply replies quote quotes pledge pledges vow vows
caution cautions boast boasts recall recalls mention mentions urge urges stress stresses release releases
find finds doubt doubts fear fears expect consider maintains critique juge lance avance note relève`.split(/\s+/));
const BASE_FORM = /^(?!.*(?:s|ed|ing)$)/;
const SINGULAR_DET = new Set(['a', 'an', 'the', 'this', 'that', 'his', 'her', 'its', 'one', 'another', 'every', 'each']);
const CLOSING_QUOTES = new Set(['”', '»', '"', '’', '›']);
// French inversion after a quote or a clause: « a-t-il ajouté », « précise-t-elle », « dit-il ».
const INVERTED = /^(.+?)(?:-t)?-(il|elle|ils|elles|on)$/u;
// The French reportive conditional: « auraient fui », « aurait été tué », « serait mort ».
const CONDITIONAL_AUX = new Set(['aurait', 'auraient', 'serait', 'seraient']);
// « aurait pu », « aurait dû », « aurait fallu »: modal counterfactuals, not reported facts.
const MODAL_PARTICIPLES = new Set(['pu', 'dû', 'fallu', 'voulu', 'aimé', 'souhaité', 'préféré', 'mieux', 'bien', 'tort', 'raison']);
// A word of letters with a participle's ending after at least one letter.
const PARTICIPLE_FR_END = /.(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|it|ite|its|ites|ert|erte|erts|ertes|int|ints|ainte|eint|eints|mort|morte|morts|mortes|né|née)$/;
const isParticipleFr = (w: string) => PARTICIPLE_FR_END.test(w) && isAllLetters(w);
// Second-level labels under a country code: "bbc.co.uk" is one site, "co.uk" is not.
const SECOND_LEVEL = new Set(['co', 'com', 'org', 'net', 'gov', 'gouv', 'ac', 'edu', 'asso', 'nic']);
/**
 * The outlet a host name belongs to, near enough: the label before the public suffix, so that
 * "www.nytimes.com" and "topics.nytimes.com" are one site, and so are "www.bbc.com" and "www.bbc.co.uk".
 */
function siteOf(hostname: string): string {
  const labels = hostname.toLowerCase().replace(/\.$/, '').split('.');
  if (labels.length < 2 || /^\d+$/.test(labels[labels.length - 1] ?? '')) return labels.join('.');
  const suffix = (labels[labels.length - 1] ?? '').length === 2 && SECOND_LEVEL.has(labels[labels.length - 2] ?? '') ? 2 : 1;
  return labels[labels.length - 1 - suffix] ?? labels.join('.');
}

/** Every cue of one sentence. `tokens` cover the sentence; `text` is the sentence's own text. */
export function findCues(
  tokens: Token[],
  articleText: string,
  sentence: { start: number; end: number },
  lang: Language,
  links: { link: BlockLink; absStart: number }[],
  pageUrl: string | null | undefined,
  quoted: (offset: number) => boolean,
): SentenceCues {
  const c = compile(lang);
  const { lex } = c;
  const text = articleText.slice(sentence.start, sentence.end);
  const sources: Cue[] = [];
  const hedges: Hedge[] = [];
  let author: string | null = null;
  const first = tokens.find((t) => t.word);
  const quote = tokens.some((t) => t.quoted);

  // Text outside quotations, offsets kept: cues inside a quote are the quoted speaker's words.
  const outside = tokens.some((t) => t.quoted)
    ? Array.from({ length: text.length }, (_, i) => (quoted(sentence.start + i) ? ' ' : text[i])).join('')
    : text;

  // Computed once: the Latin shortcuts of every phrase test below depend on it (text outside quotations
  // is Latin whenever the whole sentence is).
  const latin = isLatinText(text);
  const notClaim = matchNotClaim(c, text, latin);

  // Hedges first: "according to reports", « selon toute vraisemblance » are hedges, not sources.
  const hedgeSpans: [number, number][] = [];
  for (const m of c.hedges.matches(outside, latin)) {
    hedges.push({ code: 'hedge', cue: m.text, message: m.rule.reason });
    hedgeSpans.push([sentence.start + m.index, sentence.start + m.index + m.text.length]);
  }
  const inHedge = (t: Token) => hedgeSpans.some(([a, b]) => t.start >= a && t.start < b);

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!t.word || t.quoted) continue;

    // "In her view, ...", « À ses yeux, ... »: the possessive stands for someone named before.
    const view = c.viewOf.find((seq) => seq.every((w, k) => tokens[i + k]?.lower === w && !tokens[i + k]?.quoted));
    if (view) {
      const plural = /^(?:their|leurs?)$/.test(view.find((w) => /^(?:his|her|their|ses|son|leurs?)$/.test(w)) ?? '');
      const head = lang === 'fr' ? (plural ? 'ils' : 'il') : plural ? 'they' : 'he';
      sources.push({ code: 'according-to', cue: articleText.slice(t.start, (tokens[i + view.length - 1] as Token).end), speaker: { type: 'reference', name: head, head, pronoun: true, fallback: 'anonymous' } });
      i += view.length - 1;
      continue;
    }

    // « selon X », "according to X"
    const acc = c.accordingTo.find((seq) => seq.every((w, k) => tokens[i + k]?.lower === w && !tokens[i + k]?.quoted));
    if (acc && !inHedge(t)) {
      const after = i + acc.length;
      const cueText = articleText.slice(t.start, (tokens[after - 1] as Token).end);
      if (acc.join(' ') === 'de source') {
        const np = subjectRight(tokens, after, lex);
        const name = np.length ? `source ${articleText.slice((np[0] as Token).start, (np[np.length - 1] as Token).end)}` : 'source';
        sources.push({ code: 'according-to', cue: cueText, speaker: { type: 'source', kind: 'anonymous', name, head: 'source', document: false } });
      } else {
        const np = subjectRight(tokens, after, lex);
        const sp = classifySpeaker(np, articleText, lex, undefined);
        // "according to plan", « selon les saisons »: only someone who can speak is a source.
        if (sp && sp.type !== 'author' && speakerLike(np, sp, lex)) {
          sources.push({ code: 'according-to', cue: np.length ? articleText.slice(t.start, (np[np.length - 1] as Token).end) : cueText, speaker: sp });
        }
      }
      i = after - 1;
      continue;
    }

    // French inversion: « a-t-il ajouté », « précise-t-elle », « dit-il »
    if (lang === 'fr') {
      const inv = INVERTED.exec(t.lower);
      if (inv?.[1] && inv[2]) {
        const verb = inv[1];
        const next = tokens[i + 1];
        const isVerb = isReporting(lex, verb) || isBelief(lex, verb) || (inLexicon(lex, 'auxiliaries', verb) && !!next && (isReporting(lex, next.lower) || isBelief(lex, next.lower)));
        if (isVerb && inv[2] === 'on') {
          // « dit-on », « affirme-t-on »: nobody in particular
          sources.push({ code: 'weasel', cue: t.text, speaker: { type: 'source', kind: 'anonymous', name: 'on', head: 'on', document: false } });
          continue;
        }
        if (isVerb) {
          const cueEnd = inLexicon(lex, 'auxiliaries', verb) && next ? next.end : t.end;
          // « a déclaré à l'AFP Jean Dupont » is handled below; « a-t-il dit » stands for a source before.
          sources.push({ code: 'reporting-verb', cue: articleText.slice(t.start, cueEnd), speaker: { type: 'reference', name: inv[2], head: inv[2], pronoun: true, fallback: 'anonymous' }, quote });
          continue;
        }
      }
    }

    // "was described as reckless by the mayor", « a été qualifié d'inacceptable par le maire »: the
    // agent of a passive verb of saying is its source.
    if (inLexicon(lex, 'passiveSaying', t.lower) && (lang === 'fr' ? isPassiveFr(tokens, i) : isPassive(tokens, i))) {
      const agent = passiveAgent(tokens, i, articleText, lex, lang === 'fr' ? 'par' : 'by');
      if (agent) {
        sources.push(agent);
        continue;
      }
    }

    // « a fait état de », « a fait savoir », « fait valoir »
    const multi = lang === 'fr' && /^(?:fait|font|faisait|faisaient|fera)$/.test(t.lower) && /^(?:état|savoir|valoir|part)$/.test(tokens[i + 1]?.lower ?? '');
    // « s'ajoutent », « se dit »: a reflexive verb is not a verb of saying
    if (lang === 'fr' && /^(?:s'|se)$/.test(tokens[i - 1]?.lower ?? '')) continue;
    const isVerb = multi || isReporting(lex, t.lower);
    const isStance = !isVerb && isBelief(lex, t.lower);
    const isDocVerb = !isVerb && !isStance && inLexicon(lex, 'documentVerbs', t.lower);
    if (!isVerb && !isStance && !isDocVerb) continue;
    // "the United States", "Notes from Underground": a capitalised word mid-sentence is a name.
    if (t.cap && t !== first) continue;
    if (inHedge(t)) continue;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    // "the said document", « une note », « le juge »: a determiner right before makes it a noun.
    if (prev && (inLexicon(lex, 'indefinite', prev.lower) || inLexicon(lex, 'definite', prev.lower)) && !inLexicon(lex, 'auxiliaries', prev.lower)) continue;
    // "raised fears that", "voiced doubts": a noun form right after a verb is its object.
    if (NOUNISH.has(t.lower) && prev && prev.word && prev.lower.endsWith('ed') && !inLexicon(lex, 'auxiliaries', prev.lower)) continue;
    if (NOUNISH.has(t.lower)) {
      const okNext = !next || next.lower === 'that' || next.lower === 'que' || next.lower === "qu'" || next.text === ':' || next.text === ',' || next.quoted || /^[“«"]$/.test(next.text);
      const okPrev = !!prev && (inLexicon(lex, 'pronouns', prev.lower) || inLexicon(lex, 'anonymousHeads', prev.lower));
      if (!okNext && !okPrev) continue;
    }

    // Forms that count only in one construction: "pointed out", "declined to comment", "continued:".
    if (lang === 'en') {
      const base = t.lower.replace(/(?:s|ed|ing)$/, '');
      if (base === 'point' && !/^(?:out|to)$/.test(next?.lower ?? '')) continue;
      if (/^declin/.test(t.lower) && next?.lower !== 'to') continue;
      if (/^continu/.test(t.lower) && !(next && (next.text === ':' || next.quoted || /^[“"]$/.test(next.text))) && !(prev && prev.text === ',')) continue;
      // "as if to say", "refused to tell": an infinitive reports nothing said.
      if (prev?.lower === 'to') continue;
      // "would argue", "will announce": a hypothetical or future statement has not been made.
      if (afterModal(tokens, i)) continue;
      // "warning bells", "a ruling party": an -ing form reports speech only as a verb ("is warning",
      // "..., saying that").
      if (t.lower.endsWith('ing') && !ingIsVerb(tokens, i)) continue;
      // "was told", "is called": a passive verb's subject is not the speaker ("was quoted" is); the
      // agent after "by" is ("was described as reckless by the mayor").
      if (isPassive(tokens, i) && !/^quot/.test(t.lower)) continue;
    }
    // « a été publié », « est accusé »: a French passive reports no speaker either.
    if (lang === 'fr' && isPassiveFr(tokens, i)) continue;
    // "The pupils wrote a letter", "the company rejected the offer": writing and acts of stance are
    // reported speech only with what was said ("rejected the claims that...", a quote, a colon).
    // An act under a hedge ("allegedly rejected the offer") is the hedged claim itself, not its source.
    if ((WRITE.has(t.lower) || (ACTS.test(t.lower) && hedges.length > 0)) && !hasContent(tokens, i)) continue;
    const speaker = findSpeaker(tokens, i, articleText, lex, first);
    if (!speaker) continue;
    const { sp, relay, alias } = speaker;
    // "the American demand that...": a bare verb form after a singular subject is a noun, not a verb.
    if (lang === 'en' && BASE_FORM.test(t.lower) && NOUNISH.has(t.lower) && sp.type === 'source' && SINGULAR_DET.has(tokens[speaker.from]?.lower ?? '') && !/s$/.test(sp.head)) continue;
    if (sp.type === 'author') {
      if (isStance || isVerb) author = articleText.slice(tokens[speaker.from]?.start ?? t.start, t.end);
      continue;
    }
    // A document verb needs a document or data as subject: "a report found", not "he found".
    if (isDocVerb && !(sp.type === 'source' && sp.document) && !(sp.type === 'reference' && !sp.pronoun && (inLexicon(lex, 'documentHeads', sp.head)))) continue;
    // "He added", « il a précisé »: a pronoun belongs in the cue, it is what the reader must resolve.
    const from = sp.type === 'reference' && sp.pronoun ? Math.min(speaker.from, speaker.cueFrom) : speaker.cueFrom;
    const cueText = articleText.slice(tokens[from]?.start ?? t.start, t.end);
    const code: ReasonCode = sp.type === 'source' && sp.document ? (inLexicon(lex, 'speechNouns', sp.head) ? 'speech-noun' : 'document') : 'reporting-verb';
    sources.push({ code, cue: cueText, speaker: sp, relay, alias, quote });
  }

  // "Officials said that they had briefed...": a pronoun inside what someone else said is not a second source.
  const firstDirect = sources.findIndex((c) => c.speaker.type === 'source');
  if (firstDirect >= 0) {
    for (let k = sources.length - 1; k > firstDirect; k--) {
      const sp = (sources[k] as Cue).speaker;
      if (sp.type === 'reference' && sp.pronoun) sources.splice(k, 1);
    }
  }

  // "In a statement, Greenpeace condemned...", « Dans un communiqué, le ministère appelle... »
  const intro = speechIntro(tokens, lex, articleText);
  if (intro) sources.push(intro);

  // "Trump: “We will win.”" — a name and a colon introduce a quotation.
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.text !== ':' || t.quoted || !(tokens[i + 1] as Token).quoted) continue;
    const left = subjectLeft(tokens, i, noAuxiliaries(lex));
    if (left.stop && left.stop.word && !boundaryWord(lex, left.stop)) continue;
    const sp = classifySpeaker(left.np, articleText, lex, first);
    if (sp && ((sp.type === 'source' && sp.kind === 'named' && !sp.document) || (sp.type === 'reference' && sp.pronoun))) {
      sources.push({ code: 'direct-quote', cue: articleText.slice((left.np[0] as Token).start, t.end), speaker: sp, quote: true });
    }
  }

  // Weasel phrases: a source is claimed but cannot be identified ("some say", « on dit que »).
  for (const m of c.weasels.matches(outside, latin)) {
    sources.push({ code: 'weasel', cue: m.text, speaker: { type: 'source', kind: 'anonymous', name: m.text.trim(), head: '', document: false } });
  }

  // Links to other pages (TAXONOMY rule 5).
  for (const { link, absStart } of links) {
    const host = linkHost(link.href, pageUrl);
    if (host) sources.push({ code: 'link', cue: articleText.slice(absStart, absStart + (link.end - link.start)), speaker: { type: 'source', kind: 'named', name: host, head: host, document: true } });
  }

  if (lang === 'fr') {
    const cond = reportiveConditional(tokens);
    if (cond) hedges.push({ code: 'reportive-conditional', cue: articleText.slice(cond[0], cond[1]), message: 'conditionnel de reprise : présenté comme rapporté, sans source' });
  }
  if (!author) author = firstPersonOpinion(tokens, c, articleText);

  return { sources, hedges, author, notClaim, names: properNames(tokens, articleText) };
}

function findSpeaker(tokens: Token[], v: number, text: string, lex: Lexicon, first: Token | undefined):
  { sp: Speaker; relay?: string; alias?: string; from: number; cueFrom: number } | null {
  const left = subjectLeft(tokens, v, lex);
  const cueFrom = left.skippedTo + 1;
  const stop = left.stop;
  let np = left.np;
  // Apposition: "Smith, a spokesman for the ministry, said" / « Laurent Fabius, le ministre, a dit »;
  // a relative clause: "Smith, who spoke on Monday, said".
  if (!np.length && stop && stop.text === ',' && !stopIsAfterQuote(tokens, left.stopIndex)) {
    const noAux = noAuxiliaries(lex);
    const appos = subjectLeft(tokens, left.stopIndex, noAux);
    const relIndex = appos.stop && RELATIVE.has(appos.stop.lower) ? appos.stopIndex - 1 : -1;
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
  const frRelative = lex.language === 'fr' && !!stop && FR_INVERTING.has(stop.lower);
  if (!np.length && stop && stop.word && boundaryWord(lex, stop) && !frRelative) return null;
  if (!np.length && stop && stop.word && RELATIVE.has(stop.lower) && !frRelative) return null;
  if (np.length) {
    const sp = classifySpeaker(np, text, lex, first);
    if (!sp) return null;
    // "a source told Reuters": the outlet only relays an unnamed speaker (TAXONOMY rule 2).
    let relay: string | undefined;
    if (sp.type === 'source' && sp.kind === 'anonymous' && /^(?:told|tells|tell|telling)$/.test((tokens[v] as Token).lower)) {
      let e = v + 1;
      while (e < tokens.length && (tokens[e] as Token).cap) e++;
      if (e > v + 1) relay = text.slice((tokens[v + 1] as Token).start, (tokens[e - 1] as Token).end);
    }
    return { sp, relay, from: left.npStart, cueFrom };
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

const isReporting = (lex: Lexicon, word: string) => inLexicon(lex, 'reportingVerbs', word);
const isBelief = (lex: Lexicon, word: string) => inLexicon(lex, 'beliefVerbs', word);

const INTRO = new Set(['in', 'at', 'during', 'dans', 'lors', 'au', 'durant', 'pendant']);
/** An opening speech noun and the subject right after its comma: "In a statement, X ...". */
function speechIntro(tokens: Token[], lex: Lexicon, text: string): Cue | null {
  const t0 = tokens[0];
  if (!t0 || !INTRO.has(t0.lower)) return null;
  let comma = -1;
  let speech = false;
  for (let k = 1; k < tokens.length && k < 14; k++) {
    const t = tokens[k] as Token;
    if (t.quoted) return null;
    if (t.text === ',') {
      comma = k;
      break;
    }
    if (inLexicon(lex, 'speechNouns', t.lower) || (t.lower === 'conference' || t.lower === 'conférence')) speech = true;
  }
  if (comma < 0 || !speech) return null;
  let j = comma + 1;
  const s = tokens[j];
  if (!s) return null;
  let name: string | null = null;
  let kind: 'named' | 'anonymous' = 'named';
  if (s.cap && s.word && !inLexicon(lex, 'definite', s.lower) && !inLexicon(lex, 'indefinite', s.lower) && !inLexicon(lex, 'pronouns', s.lower)) {
    while (j + 1 < tokens.length && ((tokens[j + 1] as Token).cap || (tokens[j + 1] as Token).text === '-')) j++;
    name = text.slice(s.start, (tokens[j] as Token).end);
  } else if (inLexicon(lex, 'definite', s.lower) && tokens[j + 1] && inLexicon(lex, 'speakerNouns', (tokens[j + 1] as Token).lower)) {
    name = text.slice(s.start, (tokens[j + 1] as Token).end);
  } else if (inLexicon(lex, 'indefinite', s.lower) && tokens[j + 1] && (inLexicon(lex, 'speakerNouns', (tokens[j + 1] as Token).lower) || inLexicon(lex, 'anonymousHeads', (tokens[j + 1] as Token).lower))) {
    name = text.slice(s.start, (tokens[j + 1] as Token).end);
    kind = 'anonymous';
  }
  if (!name) return null;
  return { code: 'speech-noun', cue: text.slice(t0.start, (tokens[comma - 1] as Token).end), speaker: { type: 'source', kind, name, head: name.toLowerCase(), document: false } };
}

/** A noun phrase that can be a source: a name, a pronoun, or a head that names people, a body or a document. */
function speakerLike(np: Token[], sp: Speaker, lex: Lexicon): boolean {
  if (sp.type === 'reference' && sp.pronoun) return true;
  if (np.some((t) => t.cap)) return true;
  const head = sp.type === 'author' ? '' : sp.head;
  if (inLexicon(lex, 'nonSpeakerHeads', head)) return false;
  const words = [head, ...np.map((t) => t.lower)];
  if (words.some((h) => inLexicon(lex, 'speakerNouns', h) || inLexicon(lex, 'anonymousHeads', h) || inLexicon(lex, 'documentHeads', h) || inLexicon(lex, 'speechNouns', h))) return true;
  // « selon la protection civile »: with a determiner, anything but the heads above is taken as a body.
  const det = np[0]?.lower ?? '';
  return inLexicon(lex, 'definite', det) || inLexicon(lex, 'indefinite', det);
}

const noAuxCache = new WeakMap<Lexicon, Lexicon>();
function noAuxiliaries(lex: Lexicon): Lexicon {
  let l = noAuxCache.get(lex);
  if (!l) noAuxCache.set(lex, (l = { ...lex, auxiliaries: [] }));
  return l;
}

const ACTS = /^(?:reject|defend|prais|propos|discuss|call|critici[sz]|accus|demand|disput|recommend|highlight|underscor|thank|question|urg|vow|pledg|promis|counter)/;
const WRITE = new Set(['write', 'writes', 'wrote', 'writing', 'written', 'écrit', 'écrivent', 'écrivait', 'publié', 'publie', 'publient', 'post', 'posted', 'posts', 'tweeted', 'tweeté']);
/** "wrote that", "wrote:", a quotation, or the verb closing the sentence ("..., she wrote."). */
function hasContent(tokens: Token[], v: number): boolean {
  if (tokens[v - 1]?.text === ',' || CLOSING_QUOTES.has(tokens[v - 1]?.text ?? '')) return true;
  for (let j = v + 1; j < tokens.length && j <= v + 10; j++) {
    const t = tokens[j] as Token;
    if (t.quoted || /^(?:that|que|qu'|:|“|«|")$/.test(t.lower)) return true;
  }
  // "..., she wrote." — the verb closes the sentence.
  return v >= tokens.length - 2;
}

const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s"]);
const FR_BE = new Set(['est', 'sont', 'était', 'étaient', 'fut', 'furent', 'sera', 'seront', 'soit', 'soient']);
function isPassiveFr(tokens: Token[], v: number): boolean {
  const prev = tokens[v - 1]?.lower ?? '';
  return prev === 'été' || tokens[v - 2]?.lower === 'été' || FR_BE.has(prev);
}
const MODALS = new Set(['would', 'could', 'might', 'may', 'should', 'will', 'shall', 'must', 'can', "'d", "'ll"]);
const ADVERB = /ly$|^(?:not|also|never|still|even|ever|probably|likely|already|then|n't)$/;

/** "would argue", "could not say", "will announce": the verb follows a modal, adverbs aside. */
function afterModal(tokens: Token[], v: number): boolean {
  for (let j = v - 1; j >= 0 && j >= v - 4; j--) {
    const w = (tokens[j] as Token).lower;
    if (MODALS.has(w)) return true;
    if (!ADVERB.test(w)) return false;
  }
  return false;
}

/** "is warning", "were saying", "..., adding that", "saying:", "telling reporters that". */
function ingIsVerb(tokens: Token[], v: number): boolean {
  const prev = tokens[v - 1];
  if (!prev || prev.text === ',' || BE.has(prev.lower) || CLOSING_QUOTES.has(prev.text)) return true;
  const next = tokens[v + 1];
  return !!next && (next.lower === 'that' || next.text === ':' || next.quoted);
}

/** The agent of a passive verb of saying: "by the council", « par deux femmes », within a short clause. */
function passiveAgent(tokens: Token[], v: number, text: string, lex: Lexicon, by: 'by' | 'par'): Cue | null {
  if (!inLexicon(lex, 'passiveSaying', (tokens[v] as Token).lower)) return null;
  for (let j = v + 1; j < tokens.length && j <= v + 10; j++) {
    const t = tokens[j] as Token;
    if (!t.quoted && /^[,;:.]$/.test(t.text)) return null;
    if (t.quoted || t.lower !== by) continue;
    const np = subjectRight(tokens, j + 1, lex);
    const sp = classifySpeaker(np, text, lex, undefined);
    if (!sp || sp.type === 'author' || !speakerLike(np, sp, lex)) return null;
    return { code: 'reporting-verb', cue: text.slice((tokens[v] as Token).start, (np[np.length - 1] as Token).end), speaker: sp };
  }
  return null;
}
function isPassive(tokens: Token[], v: number): boolean {
  const t = tokens[v] as Token;
  if (!/(?:ed|told|said|written|shown|found|thought)$/.test(t.lower)) return false;
  for (let j = v - 1; j >= 0 && j >= v - 3; j--) {
    const w = tokens[j] as Token;
    if (BE.has(w.lower)) return true;
    if (!/ly$|^(?:not|also|never|often|widely|being)$/.test(w.lower)) return false;
  }
  return false;
}

const FR_INVERTING = new Set(["qu'", 'que', 'comme']);
const RELATIVE = new Set(['who', 'which', 'that', 'qui', 'que', "qu'", 'dont', 'lequel', 'laquelle']);
function boundaryWord(lex: Lexicon, t: Token): boolean {
  return inLexicon(lex, 'clauseBoundaries', t.lower);
}

function stopIsAfterQuote(tokens: Token[], k: number): boolean {
  const before = tokens[k - 1];
  return !!before && (CLOSING_QUOTES.has(before.text) || before.quoted);
}

function matchNotClaim(c: Compiled, text: string, latin: boolean): SentenceCues['notClaim'] {
  for (const { rule, re } of c.notClaims) if (re.test(text, latin)) return { code: rule.code, cue: text.slice(0, 60), message: rule.reason };
  return null;
}

function reportiveConditional(tokens: Token[]): [number, number] | null {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.quoted || !CONDITIONAL_AUX.has(t.lower)) continue;
    // « si ... aurait » is a hypothesis, not a report.
    if (tokens.slice(Math.max(0, i - 12), i).some((x) => x.lower === 'si' || x.lower === "s'")) continue;
    let j = i + 1;
    while (j < tokens.length && j <= i + 3 && /^(?:déjà|probablement|notamment|également|aussi|bien|même|pas|ensuite|alors|été|tous|toutes|tout)$/.test((tokens[j] as Token).lower)) {
      if ((tokens[j] as Token).lower === 'été') break;
      j++;
    }
    const p = tokens[j];
    if (!p || MODAL_PARTICIPLES.has(p.lower)) continue;
    if (isParticipleFr(p.lower) || p.lower === 'été' || (t.lower.startsWith('ser') && p.word && !p.cap)) return [t.start, p.end];
  }
  return null;
}

// « nous estimons », « je crois »: first-person forms of the verbs of opinion and saying.
const FIRST_PERSON_FR = /^(?:estimons|pensons|croyons|jugeons|considérons|affirmons|disons|craignons|soulignons|regrettons|dénonçons|crois|dis|crains|estimais|pensais|croyais)$/;

function firstPersonOpinion(tokens: Token[], c: Compiled, text: string): string | null {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.quoted || !inLexicon(c.lex, 'firstPerson', t.lower)) continue;
    const n = tokens[i + 1] as Token;
    const n2 = tokens[i + 2];
    const direct = isBelief(c.lex, n.lower) || isReporting(c.lex, n.lower) || FIRST_PERSON_FR.test(n.lower);
    if (direct || (n2 && inLexicon(c.lex, 'auxiliaries', n.lower) && (isBelief(c.lex, n2.lower) || isReporting(c.lex, n2.lower)))) {
      return text.slice(t.start, (direct ? n : (n2 as Token)).end);
    }
  }
  return null;
}

const NAME_PARTICLES = new Set(['de', 'du', 'des', 'la', 'le', 'van', 'von', 'der', 'al', 'el', 'bin', 'ben', 'da', 'di', 'del', 'of', 'the']);
/** Runs of two or more capitalised words outside quotations: "Hillary Clinton", « Laurent Fabius ». */
function properNames(tokens: Token[], text: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!t.word || !t.cap || t.quoted) continue;
    let j = i;
    while (j + 1 < tokens.length) {
      const n = tokens[j + 1] as Token;
      if (n.word && n.cap && !n.quoted) j++;
      else if (NAME_PARTICLES.has(n.lower) && tokens[j + 2]?.cap) j += 2;
      else break;
    }
    if (j > i) out.push(text.slice(t.start, (tokens[j] as Token).end));
    i = j;
  }
  return out;
}

function linkHost(href: string, pageUrl: string | null | undefined): string | null {
  let url: URL;
  try {
    url = new URL(href, pageUrl ?? undefined);
  } catch {
    return null;
  }
  if (!/^https?:$/.test(url.protocol)) return null;
  let page: URL | null = null;
  try {
    page = pageUrl ? new URL(pageUrl) : null;
  } catch {
    page = null;
  }
  // The outlet's own pages (its earlier stories, its tag and topic pages, topics.nytimes.com beside
  // www.nytimes.com) are not a source for what it says now: a source is someone else (rule 5).
  if (page && siteOf(url.hostname) === siteOf(page.hostname)) return null;
  return url.host;
}
