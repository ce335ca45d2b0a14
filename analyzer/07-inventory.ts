import { startsUpper } from './chars';
import { LEXICONS } from './lexicons';
import type { Sentence, Source, SourceEntry, Totals } from './types';

// Titles and honorifics before a name: "Mr Obama", "President Obama", « M. Fabius » are one person.
// Every language's: a source list is merged the same way whatever the article's language.
const TITLES: ReadonlySet<string> = new Set(Object.values(LEXICONS).flatMap((lex) => lex.titles));

/**
 * Each source once, with the number of sentences it stands behind, most cited first. The names the
 * article uses for one named person are merged under the fullest ("Mr Obama", "President Obama" and
 * "President Barack Obama" → "President Barack Obama"; "Azzouz" → "Lotfi Azzouz"); "the president"
 * joins the one named source whose name holds that title. Every sentence's source takes the name its
 * entry is listed under, so a card and the popup never disagree.
 */
export function inventory(sentences: Sentence[]): SourceEntry[] {
  const canonical = canonicalNames(sentences.flatMap((s) => (s.source ? [s.source] : [])));
  const byKey = new Map<string, SourceEntry>();
  for (const s of sentences) {
    if (!s.source) continue;
    const name = canonical.get(keyOf(s.source)) ?? s.source.name;
    if (name !== s.source.name) s.source = { ...s.source, name };
    const key = keyOf(s.source);
    const entry = byKey.get(key);
    if (entry) entry.mentions++;
    else byKey.set(key, { ...s.source, mentions: 1 });
  }
  // the outlet's own stories after every other source, however often it links to itself; then the
  // most cited, named before anonymous
  const named = (s: Source) => (s.kind === 'named' ? 0 : 1);
  return [...byKey.values()].sort((a, b) => Number(!!a.outlet) - Number(!!b.outlet) || b.mentions - a.mentions || named(a) - named(b));
}

const keyOf = (s: Source) => `${s.outlet ? 'outlet' : s.kind}\u0000${s.name.toLowerCase()}`;

/** For each named source that is another name of a fuller one, that fuller name. */
function canonicalNames(sources: Source[]): Map<string, string> {
  const names = [...new Set(sources.filter((s) => s.kind === 'named' && !s.outlet).map((s) => s.name))];
  const out = new Map<string, string>();
  const parsed = names.map((name) => ({ name, ...nameParts(name) }));
  // People: the same surname (the last capitalised word); the fullest of them stands for all, unless
  // two different first names share it ("Barack Obama" and "Michelle Obama" stay apart).
  const bySurname = new Map<string, typeof parsed>();
  for (const p of parsed) {
    if (!p.surname) continue;
    const list = bySurname.get(p.surname) ?? [];
    list.push(p);
    bySurname.set(p.surname, list);
  }
  for (const group of bySurname.values()) {
    if (group.length < 2) continue;
    const given = new Set(group.filter((p) => p.given).map((p) => p.given));
    if (given.size > 1) continue;
    const fullest = group.reduce((a, b) => (score(b) > score(a) ? b : a));
    for (const p of group) if (p.name !== fullest.name) out.set(`named\u0000${p.name.toLowerCase()}`, fullest.name);
  }
  // "Fiona" alone: the one full name that starts with it.
  for (const p of parsed) {
    if (!p.surname || p.given || out.has(`named\u0000${p.name.toLowerCase()}`)) continue;
    const full = parsed.filter((q) => q.given === p.surname);
    if (full.length === 1) out.set(`named\u0000${p.name.toLowerCase()}`, full[0]!.name);
  }
  // "the president", "the minister": the one named source whose name carries that title.
  for (const p of parsed) {
    if (p.surname || !p.title) continue;
    const holders = parsed.filter((q) => q.surname && q.titles.has(p.title!));
    const targets = new Set(holders.map((q) => out.get(`named\u0000${q.name.toLowerCase()}`) ?? q.name));
    if (targets.size === 1) out.set(`named\u0000${p.name.toLowerCase()}`, [...targets][0]!);
  }
  return out;
}

/** The words of a name: its titles, its given names and its surname ("President Barack Obama"). */
function nameParts(name: string): { titles: Set<string>; title: string | null; given: string | null; surname: string | null } {
  const words = name.split(/\s+/).filter(Boolean);
  const titles = new Set<string>();
  let k = 0;
  while (k < words.length && TITLES.has(words[k]!.toLowerCase())) titles.add(words[k++]!.toLowerCase());
  const rest = words.slice(k);
  // "the president": a title and nothing else.
  if (!rest.length) {
    const title = [...titles].filter((t) => !/^(?:the|a|an|le|la|les|l')$/.test(t)).pop() ?? null;
    return { titles, title, given: null, surname: null };
  }
  // A person's name is the run of capitalised words that ends the phrase ("Lotfi Azzouz", "Robert M.
  // Danin", "White House press secretary Josh Earnest"), at most four, not a body's "of Conservation".
  let from = rest.length;
  while (from > 0 && rest.length - from < 4 && startsUpper(rest[from - 1]!)) from--;
  const run = rest.slice(from);
  const before = rest[from - 1]?.toLowerCase();
  if (!run.length || (before && /^(?:of|for|de|du|des|d'|and|et|&)$/.test(before))) return { titles, title: null, given: null, surname: null };
  for (const w of rest.slice(0, from)) titles.add(w.toLowerCase());
  const surname = run[run.length - 1]!.replace(/['’]s$/, '');
  return { titles, title: null, given: run.length > 1 ? run[0]!.replace(/\.$/, '') : null, surname };
}

/** The fuller name wins: more words, then more letters. */
const score = (p: { name: string }) => p.name.split(/\s+/).length * 1000 + p.name.length;

export function totals(sentences: Sentence[]): Totals {
  const t: Totals = { sentences: sentences.length, claims: 0, attributed: 0, vague: 0, hedged: 0, unattributed: 0 };
  for (const s of sentences) {
    if (s.label === 'not-claim') continue;
    t.claims++;
    t[s.label]++;
  }
  return t;
}
