import { describe, expect, test } from 'vitest';
import { MAX_MESSAGE_BYTES, MAX_NAME_CHARS, MAX_REASONS_PER_SENTENCE, MAX_SENTENCE_CHARS, MAX_SENTENCES, MAX_SOURCES, MAX_TITLE_CHARS, MAX_URL_CHARS } from '../../messages/limits';
import type { PageReport } from '../../messages/page-report';
import { isContentMessage } from '../../messages/content-to-background';
import { articleReport, demoReport, type ArticleReport } from './page-reports';

const report = (r: PageReport) => ({ type: 'report', report: r });

/** A valid article report with one thing broken (wrong types are cast `as never`). */
function broken(mutate: (r: Record<string, unknown> & ArticleReport) => void): unknown {
  const r = articleReport() as Record<string, unknown> & ArticleReport;
  mutate(r);
  return report(r);
}

function sentence(id: number, text = 'A claim.') {
  return { id, label: 'unattributed' as const, text, reasons: [{ code: 'no-source' as const }], source: null };
}

describe('isContentMessage accepts', () => {
  test.each<[string, unknown]>([
    ['an article report', report(articleReport())],
    ['the English demo article, from the analyzer', report(demoReport('en-wire-report.txt'))],
    ['the French demo article, from the analyzer', report(demoReport('fr-depeche.txt'))],
    ['a not-article report', report({ state: 'not-article', url: 'https://example.com/', reason: 'No article found.' })],
    ['a site-disabled report', report({ state: 'site-disabled', url: 'https://example.com/' })],
    ['a waiting report', report({ state: 'waiting', url: 'https://example.com/' })],
    ['an analysing report', report({ state: 'analysing', url: 'https://example.com/' })],
    ['a painted article, with the labels painted', { type: 'painted', token: '3.k2j4h5', highlighted: ['unattributed', 'hedged'] }],
    ['a painted article with nothing painted', { type: 'painted', token: '3.k2j4h5', highlighted: [] }],
    ['an article without a title', broken((r) => (r.title = null))],
    ['a truncated article', broken((r) => (r.truncated = { analysedBlocks: 40, totalBlocks: 120 }))],
    ['an article with no claims', broken((r) => ((r.totals = { sentences: 3, claims: 0, attributed: 0, vague: 0, hedged: 0, unattributed: 0 }), (r.sentences = []), (r.sources = [])))],
    ['nothing highlighted', broken((r) => (r.highlighted = []))],
    ['an unsupported language', broken((r) => ((r.language = 'de'), (r.unsupportedLanguage = true)))],
    ['a region subtag', broken((r) => (r.language = 'en-GB'))],
    ['sentences at every bound', broken((r) => (r.sentences = Array.from({ length: MAX_SENTENCES }, (_, i) => sentence(i))))],
    ['a sentence of exactly MAX_SENTENCE_CHARS', broken((r) => (r.sentences = [sentence(0, 'x'.repeat(MAX_SENTENCE_CHARS))]))],
    ['a link to the outlet’s own story, in the list and on its sentence', broken((r) => ((r.sources = [{ name: 'example.com', kind: 'named', outlet: true, mentions: 1 }]), (r.sentences = [{ ...sentence(0), source: { name: 'example.com', kind: 'named', outlet: true } }])))],
    ['MAX_SOURCES sources', broken((r) => (r.sources = Array.from({ length: MAX_SOURCES }, (_, i) => ({ name: `Source ${i}`, kind: 'named' as const, mentions: 1 }))))],
    ['a not-claim sentence (the type allows every label)', broken((r) => (r.sentences = [{ ...sentence(0), label: 'not-claim', reasons: [{ code: 'heading' }] }]))],
  ])('%s', (_name, message) => {
    expect(isContentMessage(message)).toBe(true);
  });
});

describe('isContentMessage refuses', () => {
  test.each<[string, unknown]>([
    // the envelope
    ['undefined', undefined],
    ['null', null],
    ['a string', 'report'],
    ['an array', [report(articleReport())]],
    ['no type', { report: articleReport() }],
    ['another type', { type: 'get-tab-report', report: articleReport() }],
    ['no report', { type: 'report' }],
    ['a null report', { type: 'report', report: null }],
    ['an extra key on the message', { ...report(articleReport()), tabId: 3 }],
    // painted
    ['painted without a token', { type: 'painted', highlighted: [] }],
    ['painted with an empty token', { type: 'painted', token: '', highlighted: [] }],
    ['painted with a token over its bound', { type: 'painted', token: 't'.repeat(65), highlighted: [] }],
    ['painted with a label that is not a claim\'s', { type: 'painted', token: '1.a', highlighted: ['not-claim'] }],
    ['painted with a label twice', { type: 'painted', token: '1.a', highlighted: ['hedged', 'hedged'] }],
    ['painted with labels that are not a list', { type: 'painted', token: '1.a', highlighted: 'hedged' }],
    ['painted with a report riding along', { type: 'painted', token: '1.a', highlighted: [], report: articleReport() }],
    // states
    ['an unknown state', report({ state: 'done', url: 'https://example.com/' } as unknown as PageReport)],
    ['a not-article report without a reason', report({ state: 'not-article', url: 'https://example.com/' } as unknown as PageReport)],
    ['a not-article reason that is too long', report({ state: 'not-article', url: 'https://example.com/', reason: 'x'.repeat(501) })],
    ['a waiting report with article fields', report({ state: 'waiting', url: 'https://example.com/', totals: articleReport().totals } as unknown as PageReport)],
    ['a report without url', report({ state: 'analysing' } as unknown as PageReport)],
    // top-level article fields
    ['a missing field', broken((r) => delete (r as Partial<ArticleReport>).highlighted)],
    ['an extra field', broken((r) => (r.html = '<p>'))],
    ['a url that is not a string', broken((r) => (r.url = 42 as never))],
    ['a url longer than MAX_URL_CHARS', broken((r) => (r.url = `https://example.com/${'a'.repeat(MAX_URL_CHARS)}`))],
    ['a title that is a number', broken((r) => (r.title = 7 as never))],
    ['a title longer than MAX_TITLE_CHARS', broken((r) => (r.title = 't'.repeat(MAX_TITLE_CHARS + 1)))],
    ['a language that is not a tag', broken((r) => (r.language = 'en GB'))],
    ['a language that is too long', broken((r) => (r.language = 'a'.repeat(36)))],
    ['unsupportedLanguage as a string', broken((r) => (r.unsupportedLanguage = 'false' as never))],
    // totals
    ['totals missing a label', broken((r) => delete (r.totals as Partial<ArticleReport['totals']>).hedged)],
    ['a negative total', broken((r) => (r.totals = { ...r.totals, sentences: -1 }))],
    ['a fractional total', broken((r) => (r.totals = { ...r.totals, vague: 1.5 }))],
    ['a total as a string', broken((r) => (r.totals = { ...r.totals, hedged: '1' as unknown as number }))],
    ['an infinite total', broken((r) => (r.totals = { ...r.totals, sentences: Infinity }))],
    ['claims that do not add up', broken((r) => (r.totals = { ...r.totals, claims: 4 }))],
    ['more claims than sentences', broken((r) => (r.totals = { ...r.totals, sentences: 4 }))],
    // sources
    ['sources that are not a list', broken((r) => (r.sources = {} as never))],
    ['more than MAX_SOURCES sources', broken((r) => (r.sources = Array.from({ length: MAX_SOURCES + 1 }, (_, i) => ({ name: `S${i}`, kind: 'named' as const, mentions: 1 }))))],
    ['a source of an unknown kind', broken((r) => (r.sources = [{ name: 'X', kind: 'secret' as 'named', mentions: 1 }]))],
    ['a source with no name', broken((r) => (r.sources = [{ name: '', kind: 'named', mentions: 1 }]))],
    ['a source name longer than MAX_NAME_CHARS', broken((r) => (r.sources = [{ name: 'n'.repeat(MAX_NAME_CHARS + 1), kind: 'named', mentions: 1 }]))],
    ['a source with zero mentions', broken((r) => (r.sources = [{ name: 'X', kind: 'named', mentions: 0 }]))],
    ['an outlet flag that is not true', broken((r) => (r.sources = [{ name: 'X', kind: 'named', outlet: false as unknown as true, mentions: 1 }]))],
    ['a sentence source with an outlet flag that is a string', broken((r) => (r.sentences = [{ ...sentence(0), source: { name: 'X', kind: 'named', outlet: 'yes' as unknown as true } }]))],
    // sentences
    ['more than MAX_SENTENCES sentences', broken((r) => (r.sentences = Array.from({ length: MAX_SENTENCES + 1 }, (_, i) => sentence(i))))],
    ['a sentence longer than MAX_SENTENCE_CHARS', broken((r) => (r.sentences = [sentence(0, 'x'.repeat(MAX_SENTENCE_CHARS + 1))]))],
    ['a sentence with an unknown label', broken((r) => (r.sentences = [{ ...sentence(0), label: 'sourced' as 'vague' }]))],
    ['a sentence with a negative id', broken((r) => (r.sentences = [sentence(-1)]))],
    ['a sentence id as a string', broken((r) => (r.sentences = [{ ...sentence(0), id: '0' as unknown as number }]))],
    ['two sentences with the same id', broken((r) => (r.sentences = [sentence(2), sentence(2)]))],
    ['sentences out of reading order', broken((r) => (r.sentences = [sentence(3), sentence(1)]))],
    ['a sentence that is not an object', broken((r) => (r.sentences = ['A claim.' as unknown as ReturnType<typeof sentence>]))],
    ['a sentence with an extra field', broken((r) => (r.sentences = [{ ...sentence(0), start: 0 } as ReturnType<typeof sentence>]))],
    ['a reason with an unknown code', broken((r) => (r.sentences = [{ ...sentence(0), reasons: [{ code: 'vibes' as 'no-source' }] }]))],
    ['a reason with a message (codes only cross the wire)', broken((r) => (r.sentences = [{ ...sentence(0), reasons: [{ code: 'no-source', message: 'x' } as { code: 'no-source' }] }]))],
    ['a cue longer than MAX_NAME_CHARS', broken((r) => (r.sentences = [{ ...sentence(0), reasons: [{ code: 'hedge', cue: 'c'.repeat(MAX_NAME_CHARS + 1) }] }] as ArticleReport['sentences']))],
    ['a cue that is null', broken((r) => (r.sentences = [{ ...sentence(0), reasons: [{ code: 'hedge', cue: null as unknown as string }] }] as ArticleReport['sentences']))],
    ['more than MAX_REASONS_PER_SENTENCE reasons', broken((r) => (r.sentences = [{ ...sentence(0), reasons: Array.from({ length: MAX_REASONS_PER_SENTENCE + 1 }, () => ({ code: 'hedge' as const, cue: 'may' })) }] as ArticleReport['sentences']))],
    ['a sentence source without a kind', broken((r) => (r.sentences = [{ ...sentence(0), source: { name: 'X' } as { name: string; kind: 'named' } }] as ArticleReport['sentences']))],
    ['a sentence source that is a string', broken((r) => (r.sentences = [{ ...sentence(0), source: 'Ana Ruiz' as unknown as null }]))],
    // truncated, highlighted
    ['truncated with more analysed blocks than blocks', broken((r) => (r.truncated = { analysedBlocks: 5, totalBlocks: 4 }))],
    ['truncated missing a count', broken((r) => (r.truncated = { analysedBlocks: 5 } as ArticleReport['truncated']))],
    ['truncated as true', broken((r) => (r.truncated = true as never))],
    ['highlighted with not-claim', broken((r) => (r.highlighted = ['not-claim' as 'vague']))],
    ['highlighted twice the same label', broken((r) => (r.highlighted = ['vague', 'vague']))],
    ['highlighted as a string', broken((r) => (r.highlighted = 'vague' as never))],
  ])('%s', (_name, message) => {
    expect(isContentMessage(message)).toBe(false);
  });

  test('a report over MAX_MESSAGE_BYTES, even when every field is within its bound', () => {
    // 2000 sentences of 400 three-byte characters: 2.4 MB of UTF-8 in 800 000 UTF-16 units.
    const message = broken((r) => (r.sentences = Array.from({ length: MAX_SENTENCES }, (_, i) => sentence(i, '€'.repeat(MAX_SENTENCE_CHARS)))));
    expect(JSON.stringify(message).length).toBeLessThan(MAX_MESSAGE_BYTES);
    expect(isContentMessage(message)).toBe(false);
  });

});
