import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { articleFromText } from '../../analyzer/article';
import { analyze } from '../../analyzer/index';
import { LEXICONS, type Lexicon, type PhraseRule } from '../../analyzer/lexicons';
import { REASON_MESSAGES } from '../../analyzer/reasons';
import { CLAIM_LABELS, LABELS, type Label, type Language, type Source } from '../../analyzer/types';

// STYLE.md item 9: the conventions every language and every rule keep, checked in one place, so that
// adding a language or a rule cannot quietly skip one.

const LANGUAGES = Object.keys(LEXICONS) as Language[];

// Compiled the way analyzer/04-cues/compiled-lexicon.ts compiles them: phrases on word boundaries, not-claims as given.
const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const phraseRegex = (r: PhraseRule) => new RegExp(`${B}(?:${r.regex ? r.pattern : escape(r.pattern)})${E}`, 'iu');
const notClaimRegex = (r: PhraseRule) => new RegExp(r.pattern, 'iu');

/** The label each kind of phrase rule gives the sentence it fires on, when nothing else is in it. */
const RULE_KINDS = [
  { category: 'hedges', label: 'hedged', regex: phraseRegex },
  { category: 'weasels', label: 'vague', regex: phraseRegex },
  { category: 'notClaims', label: 'not-claim', regex: notClaimRegex },
] as const satisfies readonly { category: keyof Lexicon; label: Label; regex: (r: PhraseRule) => RegExp }[];

const RULES = LANGUAGES.flatMap((lang) =>
  RULE_KINDS.flatMap(({ category, label, regex }) =>
    (LEXICONS[lang][category] as readonly (PhraseRule & { code?: string })[]).map((rule) => ({ lang, category, label, regex, rule, pattern: rule.pattern })),
  ),
);

// Lists matched against lower-cased tokens: an entry with a capital letter would never match.
const LOWER_CASE_LISTS = [
  'reportingVerbs', 'beliefVerbs', 'documentVerbs', 'auxiliaries', 'accordingTo', 'viewOf', 'passiveSaying', 'anonymousHeads', 'documentHeads',
  'speechNouns', 'pronouns', 'objectPronouns', 'firstPerson', 'indefinite', 'definite', 'clauseBoundaries', 'stopwords',
  'speakerNouns', 'nonSpeakerHeads', 'nounForms', 'speechIntros', 'stanceActs', 'writeVerbs', 'beForms', 'relativePronouns', 'days', 'negations', 'prepositions',
  'quantifiers', 'unnamedReports', 'titles', 'labelWords', 'placePrepositions', 'singularDeterminers', 'modals', 'modalAdverbs', 'numberWords', 'preverbAdverbs', 'timeLead', 'headCutters',
  'conditionalAuxiliaries', 'modalParticiples', 'conditionalAdverbs', 'invertingWords', 'firstPersonVerbs', 'prenominalAdjectives',
] as const satisfies readonly (keyof Lexicon)[];

// Categories for a construction only some languages have (or read with a list): filled in those
// languages, empty in the others. Every other category is filled in every language.
const LANGUAGE_SPECIFIC: Partial<Record<keyof Lexicon, readonly Language[]>> = {
  singularDeterminers: ['en'],
  modals: ['en'],
  modalAdverbs: ['en'],
  preverbAdverbs: ['en'],
  timeLead: ['en'],
  headCutters: ['en'],
  conditionalAuxiliaries: ['fr'],
  modalParticiples: ['fr'],
  conditionalAdverbs: ['fr'],
  invertingWords: ['fr'],
  firstPersonVerbs: ['fr'],
  prenominalAdjectives: ['fr'],
};

describe('lexicons', () => {
  test('every language exports the same categories', () => {
    const [first, ...rest] = LANGUAGES.map((lang) => Object.keys(LEXICONS[lang]).sort());
    for (const keys of rest) expect(keys).toEqual(first);
    expect(LANGUAGES).toEqual(expect.arrayContaining(['en', 'fr']));
  });

  test.each(LANGUAGES)('%s: the lexicon says which language it is, and no category is empty save the other languages\' own', (lang) => {
    const lex = LEXICONS[lang];
    expect(lex.language).toBe(lang);
    for (const [category, value] of Object.entries(lex)) {
      if (!Array.isArray(value)) continue;
      const only = LANGUAGE_SPECIFIC[category as keyof Lexicon];
      if (only && !only.includes(lang)) expect(value, `${lang}.${category} belongs to ${only.join(', ')} only`).toEqual([]);
      else expect(value.length, `${lang}.${category}`).toBeGreaterThan(0);
    }
  });

  test('every language-specific category is a category, filled by a language that exists', () => {
    for (const [category, only] of Object.entries(LANGUAGE_SPECIFIC)) {
      expect(Object.keys(LEXICONS.en), category).toContain(category);
      expect(only.length, category).toBeGreaterThan(0);
      for (const lang of only) expect(LANGUAGES, category).toContain(lang);
    }
  });

  test('every word list of the lexicon is checked for case', () => {
    const lists = Object.entries(LEXICONS.en).filter(([, v]) => Array.isArray(v) && v.every((w: unknown) => typeof w === 'string')).map(([k]) => k);
    const unchecked = lists.filter((k) => !(LOWER_CASE_LISTS as readonly string[]).includes(k));
    // Abbreviations keep their case ("Mr", « Mme »): they are matched as written.
    expect(unchecked).toEqual(['abbreviations']);
  });

  // Lists every language shares (a name's particles, a host's second-level labels, an outlet's listing
  // folders) sit beside the language folders, each a data file with its reasons.
  test.each(['name-particles', 'second-level-domains', 'section-paths'])('shared list %s: lower case, not blank, no repeats, a comment that says why', async (name) => {
    const list = ((await import(`../../analyzer/lexicons/${name}.ts`)) as { default: string[] }).default;
    expect(list.filter((w) => !w.trim() || w !== w.toLowerCase())).toEqual([]);
    expect(new Set(list).size).toBe(list.length);
    expect(readFileSync(new URL(`../../analyzer/lexicons/${name}.ts`, import.meta.url), 'utf8')).toMatch(/^\/\/ \S/);
  });

  test.each(LANGUAGES.flatMap((lang) => LOWER_CASE_LISTS.map((category) => ({ lang, category }))))(
    '$lang.$category: entries are lower case and not blank',
    ({ lang, category }) => {
      const bad = LEXICONS[lang][category].filter((w) => !w.trim() || w !== w.toLowerCase());
      expect(bad).toEqual([]);
    },
  );
});

describe('phrase rules: a reason, an example, and the example fires the rule', () => {
  test.each(RULES)('$lang $category: $pattern', ({ lang, label, regex, rule }) => {
    expect(rule.reason.trim()).not.toBe('');
    expect(rule.example.trim()).not.toBe('');
    const re = regex(rule);
    expect(re.test(rule.example), `the pattern matches its example "${rule.example}"`).toBe(true);
    // The analyzer, not only the pattern: the sentence the rule fires on gets the rule's label.
    const a = analyze(articleFromText(rule.example), { lang });
    const fired = a.sentences.filter((s) => re.test(s.text));
    expect(fired.map((s) => s.text), `a sentence of "${rule.example}" matches the pattern`).not.toEqual([]);
    for (const s of fired) {
      const got = `got ${s.label}, ${s.reasons.map((r) => `${r.code}${r.cue ? ` (${r.cue})` : ''}`).join('; ')}`;
      expect(s.label, `"${s.text}": ${got}`).toBe(label);
      if (rule.code) expect(s.reasons.map((r) => r.code), `"${s.text}": ${got}`).toContain(rule.code);
    }
  });
});

describe('reason codes', () => {
  // ReasonCode is a type: its members are read from the source, the one place that lists them.
  const typesSource = readFileSync(new URL('../../analyzer/types.ts', import.meta.url), 'utf8');
  const union = /export type ReasonCode =([^;]+);/.exec(typesSource)?.[1] ?? '';
  const CODES = [...union.matchAll(/'([a-z-]+)'/g)].map((m) => m[1] as keyof typeof REASON_MESSAGES);

  test('ReasonCode is found in types.ts', () => {
    expect(CODES.length).toBeGreaterThan(10);
  });

  test('every reason code has a message, and every message a reason code', () => {
    expect(Object.keys(REASON_MESSAGES).sort()).toEqual([...CODES].sort());
  });

  const named: Source = { name: 'Ana Ruiz', kind: 'named' };
  const anonymous: Source = { name: 'a senior official', kind: 'anonymous' };
  test.each(CODES)('%s: the message reads with or without a cue and a source', (code) => {
    for (const source of [named, anonymous, null]) {
      for (const cue of ['said', '']) {
        const message = REASON_MESSAGES[code](cue, source);
        expect(message.trim()).not.toBe('');
        expect(message).not.toMatch(/undefined|null|\[object/);
      }
    }
  });
});

describe('labels', () => {
  test('the claim labels are every label but not-claim', () => {
    expect([...CLAIM_LABELS]).toEqual(LABELS.filter((l) => l !== 'not-claim'));
  });

  // One sentence per label and language: every label can be reached in every language.
  const SAMPLES: Record<Language, Record<Label, string>> = {
    en: {
      attributed: 'Ana Ruiz said the bridge would close in May.',
      vague: 'Officials said the bridge would close in May.',
      hedged: 'The bridge will reportedly close in May.',
      unattributed: 'The bridge will close in May for repairs.',
      'not-claim': 'Will the bridge close in May?',
    },
    fr: {
      attributed: 'Claire Dubois a déclaré que le pont fermerait en mai.',
      vague: 'Une source militaire a déclaré que le pont fermerait en mai.',
      hedged: 'Le pont aurait fermé en mai.',
      unattributed: 'Le pont fermera en mai pour des travaux.',
      'not-claim': 'Le pont fermera-t-il en mai ?',
    },
  };
  test.each(LANGUAGES.flatMap((lang) => LABELS.map((label) => ({ lang, label, text: SAMPLES[lang][label] }))))(
    '$lang: $label is reached ($text)',
    ({ lang, label, text }) => {
      const a = analyze(articleFromText(text), { lang });
      expect(a.sentences.map((s) => s.label)).toEqual([label]);
      if (label !== 'not-claim') expect(a.totals[label]).toBe(1);
    },
  );

  test('totals count every claim label', () => {
    const a = analyze(articleFromText(Object.values(SAMPLES.en).join('\n')), { lang: 'en' });
    expect(Object.keys(a.totals).sort()).toEqual(['claims', 'sentences', ...CLAIM_LABELS].sort());
    expect(a.totals).toEqual({ sentences: 5, claims: 4, attributed: 1, vague: 1, hedged: 1, unattributed: 1 });
  });
});
