import { afterEach, describe, expect, test, vi } from 'vitest';
import { REASON_MESSAGES } from '../../analyzer/reasons';
import { LABELS, type ReasonCode } from '../../analyzer/types';
import { formatMessage } from '../../components/format-message';
import { keyPart, labelHint, labelName, reasonText, sourceText, t, uiLocale } from '../../components/i18n';
import { catalog, useLocale } from './use-locale';

const en = catalog('en');
const fr = catalog('fr');
const REASON_CODES = Object.keys(REASON_MESSAGES) as ReasonCode[];
const placeholdersOf = (message: string) => [...message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1]!.toLowerCase()).sort();

afterEach(() => vi.restoreAllMocks());

describe('the locale files', () => {
  test('have the same keys, in the same order', () => {
    expect(Object.keys(fr)).toEqual(Object.keys(en));
  });

  test.each(Object.keys(en))('%s: a message in both, with the same placeholders, each defined', (key) => {
    for (const entry of [en[key]!, fr[key]!]) {
      expect(entry.message.trim()).not.toBe('');
      for (const name of placeholdersOf(entry.message)) expect(entry.placeholders?.[name], `${key}: $${name}$`).toBeDefined();
    }
    expect(placeholdersOf(fr[key]!.message)).toEqual(placeholdersOf(en[key]!.message));
  });

  test('key names are ones browsers accept', () => {
    for (const key of Object.keys(en)) expect(key).toMatch(/^[A-Za-z0-9_]+$/);
  });

  test.each(LABELS)('label %s has a name, a meaning and a hint', (label) => {
    expect(en[`label_${keyPart(label)}_name`]).toBeDefined();
    expect(en[`label_${keyPart(label)}_about`]).toBeDefined();
    expect(en[`label_${keyPart(label)}_hint`]).toBeDefined();
  });

  test.each(REASON_CODES)('reason %s has a message', (code) => {
    expect(en[`reason_${keyPart(code)}`]).toBeDefined();
  });

  test('the manifest name and description are there', () => {
    expect(en.extName?.message).toBe('Unsourced');
    expect(en.extDescription).toBeDefined();
  });
});

describe('formatMessage', () => {
  const messages = { hi: { message: 'Hi $WHO$, $$5 for $1', placeholders: { who: { content: '$2' } } } };
  test('fills named and positional placeholders, keeps a literal dollar', () => {
    expect(formatMessage(messages, 'hi', ['you', 'Ann'])).toBe('Hi Ann, $5 for you');
  });
  test('an unknown key gives an empty string, as in the browser', () => {
    expect(formatMessage(messages, 'nope')).toBe('');
  });
});

describe('outside the extension, English', () => {
  test('t falls back to the English text when browser.i18n throws', () => {
    expect(t('popup_copy')).toBe('Copy report');
    expect(uiLocale()).toBe('en');
  });
  test('labels and hints', () => {
    expect(labelName('unattributed')).toBe('No source');
    expect(labelHint('unattributed')).toBe('Who says so? Look for a named person, document or link.');
  });
  test('sources with their kind', () => {
    expect(sourceText({ name: 'une source militaire', kind: 'anonymous' })).toBe('une source militaire — anonymous');
    expect(sourceText({ name: 'Tomas Varga', kind: 'named' })).toBe('Tomas Varga — named');
    expect(sourceText({ name: 'wire.example.com', kind: 'named', outlet: true })).toBe('wire.example.com — the outlet’s own earlier reporting');
  });
});

describe('in French', () => {
  test('labels, hints and sources', () => {
    useLocale('fr');
    expect(uiLocale()).toBe('fr');
    expect(labelName('vague')).toBe('Source vague');
    expect(labelHint('unattributed')).toBe('Qui le dit\u00A0? Cherchez une personne nommée, un document ou un lien.');
    expect(sourceText({ name: 'une source militaire', kind: 'anonymous' })).toBe('une source militaire — anonyme');
    expect(sourceText({ name: 'journal.example.fr', kind: 'named', outlet: true })).toBe('journal.example.fr — articles antérieurs du média');
  });
});

describe('reasonText', () => {
  const agency = { name: "l'agence nationale de l'eau", kind: 'named' } as const;

  test.each(['en', 'fr'] as const)('every reason code reads as a sentence in %s, cue and source in place', (lang) => {
    useLocale(lang);
    for (const code of REASON_CODES) {
      const text = reasonText({ code, cue: 'a précisé' }, agency);
      expect(text, code).toMatch(/^[\p{Lu}“«].*[.»]$/u);
      expect(text, code).not.toMatch(/\$/);
    }
  });

  test.each([
    ['en', { code: 'hedge', cue: 'reportedly' }, null, 'Presented as reported or uncertain (“reportedly”), with no source.'],
    ['fr', { code: 'reportive-conditional', cue: 'auraient fui' }, null, 'Conditionnel journalistique (« auraient fui ») : rapporté sans source.'],
    ['en', { code: 'pronoun', cue: 'He added' }, { name: 'Tomas Varga', kind: 'named' }, '“He added” refers back to someone named earlier: Tomas Varga.'],
    ['fr', { code: 'quotation-speaker' }, { name: 'Marek Dolan', kind: 'named' }, 'Extrait d’une citation ; auteur : Marek Dolan.'],
    ['en', { code: 'carried-forward' }, { name: 'Irena Malkovic', kind: 'named' }, 'Continues the quotation just before; speaker: Irena Malkovic.'],
    ['fr', { code: 'carried-forward', cue: 'selon cette source' }, { name: 'une source militaire', kind: 'anonymous' }, '« selon cette source » renvoie à la source citée juste avant : une source militaire.'],
    ['en', { code: 'outlet-relays-anonymous', cue: 'Al-Masdar News' }, { name: 'une source militaire', kind: 'anonymous' }, 'Al-Masdar News only relays an unnamed source (“une source militaire”).'],
  ] as const)('%s %j', (lang, reason, source, expected) => {
    useLocale(lang);
    // French puts a no-break space before « : ; ? » and inside guillemets; compared as plain spaces.
    expect(reasonText(reason, source).replace(/\u00A0/g, ' ')).toBe(expected);
  });

  test('a source name that starts lower-case still starts the sentence upper-case', () => {
    expect(reasonText({ code: 'quotation-speaker' }, agency)).toBe("Part of a quotation by l'agence nationale de l'eau.");
    expect(reasonText({ code: 'direct-quote', cue: 'said' }, null)).toBe('A direct quotation, with its speaker: someone.');
  });
});
