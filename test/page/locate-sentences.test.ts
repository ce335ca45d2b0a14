import { readFileSync } from 'node:fs';
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { analyze } from '../../analyzer/index';
import type { Analysis, Sentence } from '../../analyzer/types';
import { extractArticle } from '../../page/extract-article';
import { locateSentences, locateSentencesInSlices, type LocateResult } from '../../page/locate-sentences';

const PAGE_URL = 'https://ledger.example.com/news/2024/bridge.html';

function domOf(html: string | Buffer): JSDOM {
  return new JSDOM(html, { url: PAGE_URL, virtualConsole: new VirtualConsole() });
}

/** A small page Readability accepts: its text sits in an <article>. */
function page(body: string): Document {
  return domOf(`<!doctype html><html><body><nav><a href="/">Home</a></nav><article>${body}</article></body></html>`).window.document;
}

function analysisOf(doc: Document): Analysis {
  const result = extractArticle(doc);
  if (!result.ok) throw new Error(`expected an article, got ${result.reason}`);
  return analyze(result.article);
}

const all = () => true;

function emptyDocument(): Document {
  const doc = domOf('').window.document;
  doc.documentElement.remove();
  return doc;
}

/** What a reader sees of a range: its text without scripts, hidden or dropped parts, white space folded. */
function seen(range: Range): string {
  const fragment = range.cloneContents();
  fragment.querySelectorAll('script, style, button, [hidden], [aria-hidden="true"]').forEach((el) => el.remove());
  return fragment.textContent!.replace(/[\t\n\f\r ]+/g, ' ').trim();
}

function texts(result: LocateResult): string[] {
  return result.located.map((l) => seen(l.range));
}

function sentenceWith(analysis: Analysis, words: string): Sentence {
  const s = analysis.sentences.find((x) => x.text.includes(words));
  if (!s) throw new Error(`no sentence with "${words}" in ${JSON.stringify(analysis.sentences.map((x) => x.text))}`);
  return s;
}

describe('locateSentences through the block', () => {
  test.each([
    ['nested inline markup', '<p>He <a href="/x">said</a> <em>it</em> was <b><i>fine</i></b>. The <span><span>rain</span></span> stopped.</p>'],
    ['white space and line breaks in the source', '<p>\n    The council\n    <em>voted</em>\n\n    on   Tuesday.  \n  The mayor\tlaughed.\n</p>'],
    ['no-break spaces', '<p>Le ministre a déclaré\u00a0: «\u00a0Nous partirons\u00a0». Le&nbsp;port fermera.</p>'],
    ['several blocks in one element', '<div>Intro text is here.<p>Inner paragraph says so.</p>Tail text follows here.<br>After the break.</div>'],
    ['a sentence across a link', '<p>The mayor <a href="/x">told reporters on Tuesday</a> that the bridge would close. Nobody knows why.</p>'],
    ['parts Readability drops', '<p>Text <button>Share</button> goes <span hidden>secret</span>on <span aria-hidden="true">•</span>here. It ends.</p>'],
    ['elements the live index counts around the article (svg, template)', '<svg><g><title>icon</title></g></svg><template><p>Not here.</p></template><p>Counted right.</p><svg><circle/></svg><p>Still right.</p>'],
    ['text glued to inline elements', '<p>con<em>cat</em>enated words<strong>.</strong> And<a href="/y"> more</a> here.</p>'],
  ])('%s', (_name, body) => {
    const doc = page(body);
    const analysis = analysisOf(doc);
    const result = locateSentences(doc, analysis, all);
    expect(result.missing).toBe(0);
    expect(result.located.map((l) => l.via)).toEqual(analysis.sentences.map(() => 'block'));
    expect(texts(result)).toEqual(analysis.sentences.map((s) => s.text));
  });

  test('every sentence of a real wire story, scripts and links inside paragraphs included', () => {
    const doc = domOf(readFileSync(new URL('fixtures/wire-story.html', import.meta.url))).window.document;
    const analysis = analysisOf(doc);
    const result = locateSentences(doc, analysis, all);
    expect(result.missing).toBe(0);
    expect(result.located.every((l) => l.via === 'block')).toBe(true);
    expect(texts(result)).toEqual(analysis.sentences.map((s) => s.text));
  });

  test('a range starts on the first character and ends after the last, not on the source white space', () => {
    const doc = page('<p>\n   The council\n   voted.\n</p>');
    const { located } = locateSentences(doc, analysisOf(doc), (s) => s.text.startsWith('The'));
    const text = doc.querySelector('article p')!.firstChild!;
    expect(located).toHaveLength(1);
    expect([located[0]!.range.startContainer, located[0]!.range.startOffset]).toEqual([text, 4]);
    expect([located[0]!.range.endContainer, located[0]!.range.endOffset]).toEqual([text, '\n   The council\n   voted.'.length]);
  });

  test('a sentence across a link starts before the link and ends after it', () => {
    const doc = page('<p>The mayor <a href="/x">told reporters</a> that the bridge would close.</p>');
    const analysis = analysisOf(doc);
    const [located] = locateSentences(doc, analysis, all).located;
    const p = doc.querySelector('article p')!;
    expect(located!.range.startContainer).toBe(p.firstChild);
    expect(located!.range.endContainer).toBe(p.lastChild);
    expect(located!.range.toString()).toBe('The mayor told reporters that the bridge would close.');
  });

  test('the same sentence twice in one element gets two ranges, in order', () => {
    const doc = page('<div>It rained.<br>It rained.<br>Then it stopped.</div>');
    const { located } = locateSentences(doc, analysisOf(doc), all);
    expect(located.map((l) => seen(l.range))).toEqual(['It rained.', 'It rained.', 'Then it stopped.']);
    expect(located[0]!.range.compareBoundaryPoints(0 /* START_TO_START */, located[1]!.range)).toBe(-1);
  });

  test('only the wanted sentences, with their index in the analysis as id', () => {
    const doc = page('<p>One is here. Two is there. Three is everywhere.</p>');
    const analysis = analysisOf(doc);
    const result = locateSentences(doc, analysis, (s) => !s.text.startsWith('Two'));
    expect(result.located.map((l) => [l.id, seen(l.range)])).toEqual([[0, 'One is here.'], [2, 'Three is everywhere.']]);
  });

  test('the page is left untouched', () => {
    const dom = domOf('<html><body><article><p>He <a href="/x">said</a>\n <em>it</em>. It rained.</p><div>A<p>B.</p>C.</div></article></body></html>');
    const doc = dom.window.document;
    const serialize = () => new dom.window.XMLSerializer().serializeToString(doc);
    const analysis = analysisOf(doc);
    const before = serialize();
    locateSentences(doc, analysis, all);
    expect(serialize()).toBe(before);
  });
});

describe('locateSentences when the page changed since the extraction', () => {
  const body = '<h2>Storm</h2><p>First sentence is here. Second sentence is there.</p><p>Another paragraph follows.</p>';

  test.each<[string, (a: Analysis, doc: Document) => void, string[]]>([
    ['a stale index that points to another element', (a, doc) => {
      const h2 = [...doc.getElementsByTagName('*')].findIndex((el) => el.localName === 'h2');
      for (const b of a.blocks) b.liveIndex = h2;
    }, ['block', 'page', 'page', 'page']],
    ['a lost stamp', (a) => {
      for (const b of a.blocks) delete b.liveIndex;
    }, ['page', 'page', 'page', 'page']],
    ['an index past the end of the page', (a) => {
      for (const b of a.blocks) b.liveIndex = 10_000;
    }, ['page', 'page', 'page', 'page']],
    ['an index into <head>', (a, doc) => {
      for (const b of a.blocks) b.liveIndex = [...doc.getElementsByTagName('*')].indexOf(doc.head);
    }, ['page', 'page', 'page', 'page']],
    // Each index now names the element before: the heading's is its <article>, which holds it.
    ['every index shifted by an element the page inserted', (_a, doc) => {
      doc.body.prepend(doc.createElement('div'));
    }, ['block', 'page', 'page', 'page']],
  ])('%s: found by text', (_name, change, via) => {
    const doc = page(body);
    const analysis = analysisOf(doc);
    change(analysis, doc);
    const result = locateSentences(doc, analysis, all);
    expect(result.missing).toBe(0);
    expect(texts(result)).toEqual(['Storm', 'First sentence is here.', 'Second sentence is there.', 'Another paragraph follows.']);
    expect(result.located.map((l) => l.via)).toEqual(via);
  });

  test('a paragraph edited after the extraction: its unchanged sentences are found in its element, the edited one is missing', () => {
    const doc = page(body);
    const analysis = analysisOf(doc);
    const text = doc.querySelector('article p')!.firstChild as Text;
    text.data = text.data.replace('Second', 'The second');
    const result = locateSentences(doc, analysis, all);
    expect(result.missing).toBe(1);
    expect(result.located.map((l) => [l.via, seen(l.range)])).toEqual([
      ['block', 'Storm'],
      ['element', 'First sentence is here.'],
      ['block', 'Another paragraph follows.'],
    ]);
  });

  /** Splits the first paragraph's text after `words` and puts `node` there, as a page's script would. */
  function insertAfter(doc: Document, words: string, node: Node): void {
    const text = doc.querySelector('article p')!.firstChild as Text;
    text.splitText(text.data.indexOf(words) + words.length);
    text.after(node);
  }

  test('an empty block injected in a sentence (a widget\'s shell): found blind to the break it adds', () => {
    const doc = page(body);
    const analysis = analysisOf(doc);
    insertAfter(doc, 'First sentence', doc.createElement('div'));
    const result = locateSentences(doc, analysis, all);
    expect(result.missing).toBe(0);
    expect(result.located.map((l) => [l.via, seen(l.range)])).toEqual([
      ['block', 'Storm'],
      ['element', 'First sentence is here.'],
      ['element', 'Second sentence is there.'],
      // The new <div> shifted every later element's index by one.
      ['page', 'Another paragraph follows.'],
    ]);
  });

  test('a reference mark added in the middle of a long sentence: found by its two ends', () => {
    const doc = page('<p>The council voted on Tuesday to close the old harbour bridge for repairs. It rained.</p>');
    const analysis = analysisOf(doc);
    const sup = doc.createElement('sup');
    sup.textContent = '[12]';
    insertAfter(doc, 'voted on Tuesday', sup);
    const result = locateSentences(doc, analysis, all);
    expect(result.located.map((l) => [l.via, seen(l.range)])).toEqual([
      ['element', 'The council voted on Tuesday[12] to close the old harbour bridge for repairs.'],
      ['element', 'It rained.'],
    ]);
  });

  test('a lost stamp and an injected break: found blind to white space in the page', () => {
    const doc = page(body);
    const analysis = analysisOf(doc);
    for (const b of analysis.blocks) delete b.liveIndex;
    insertAfter(doc, 'First sentence', doc.createElement('div'));
    const result = locateSentences(doc, analysis, all);
    expect(result.missing).toBe(0);
    expect(result.located.map((l) => l.via)).toEqual(['page', 'page', 'page', 'page']);
    expect(seen(result.located[1]!.range)).toBe('First sentence is here.');
  });

  test('a paragraph removed after the extraction: its sentences are missing, no exception', () => {
    const doc = page(body);
    const analysis = analysisOf(doc);
    doc.querySelector('article p')!.remove();
    const result = locateSentences(doc, analysis, all);
    expect(result.missing).toBe(2);
    expect(texts(result)).toEqual(['Storm', 'Another paragraph follows.']);
  });

  test('a sentence that is nowhere on the page is counted missing', () => {
    const doc = page(body);
    const analysis = analysisOf(doc);
    const s = sentenceWith(analysis, 'Second');
    analysis.sentences.push({ ...s, text: 'A sentence the page never had.' });
    const result = locateSentences(doc, analysis, all);
    expect(result.missing).toBe(1);
    expect(result.located).toHaveLength(4);
  });

  test.each([
    ['no sentence wanted', page(body), () => false],
    ['an empty document', emptyDocument(), all],
  ])('%s: nothing located, nothing thrown', (_name, doc, wanted) => {
    const analysis = analysisOf(page(body));
    const result = locateSentences(doc, analysis, wanted);
    expect(result.located).toEqual([]);
    expect(result.missing).toBe(wanted === all ? analysis.sentences.length : 0);
  });
});

describe('locateSentences on a long page', () => {
  test('builds one map however many sentences share an element', () => {
    // One <div> holding 600 blocks: a search from the start for each block would be quadratic.
    const lines = Array.from({ length: 600 }, (_, i) => `Line ${i} says the water rose.`);
    const doc = page(`<div>${lines.join('<br>')}</div>`);
    const analysis = analysisOf(doc);
    const start = performance.now();
    const result = locateSentences(doc, analysis, all);
    const elapsed = performance.now() - start;
    expect(result.missing).toBe(0);
    expect(texts(result)).toEqual(lines);
    expect(elapsed).toBeLessThan(2000);
  });
});

describe('locateSentencesInSlices', () => {
  const STORY = '<p>The council voted on Tuesday. The mayor laughed at the result.</p><p>Ferries will run again in May. Nobody knows why it took so long.</p>';
  const slicing = (nextTask: () => Promise<void>, current = () => true) => ({ sliceMs: 0, nextTask, current });

  test('gives what locateSentences gives, with a task for the page between slices', async () => {
    const doc = page(STORY);
    const analysis = analysisOf(doc);
    let tasks = 0;
    const sliced = await locateSentencesInSlices(doc, analysis, all, slicing(async () => void tasks++));
    expect(sliced && texts(sliced)).toEqual(texts(locateSentences(doc, analysis, all)));
    // a slice of no time at all: a task between any two sentences
    expect(tasks).toBeGreaterThanOrEqual(analysis.sentences.length - 1);
  });

  test('a run overtaken between two slices stops there: null', async () => {
    const doc = page(STORY);
    let live = true;
    const result = await locateSentencesInSlices(doc, analysisOf(doc), all, slicing(async () => void (live = false), () => live));
    expect(result).toBeNull();
  });

  test('a page that changes its text between slices is mapped again: every range is still its sentence', async () => {
    const doc = page(STORY);
    const analysis = analysisOf(doc);
    const later = doc.querySelectorAll('article p')[1]!.firstChild as Text;
    let step = 0;
    // after the first slice the page's own script writes a word in front of the second paragraph,
    // not yet searched: the offsets of the old map no longer point at the same characters there
    const result = await locateSentencesInSlices(doc, analysis, all, slicing(async () => {
      if (step++ === 0) later.data = `Live: ${later.data}`;
    }));
    expect(result && texts(result)).toEqual(analysis.sentences.map((s) => s.text));
  });
});
