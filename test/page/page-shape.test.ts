import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { deeperThan, MAX_DEPTH, nestedDeeperThan, notHtml, whereTheTextIs } from '../../page/page-shape';

function domOf(markup: string, contentType = 'text/html'): Document {
  return new JSDOM(markup, { url: 'https://news.example.com/story', contentType, virtualConsole: new VirtualConsole() }).window.document;
}

/** A chain of `depth` nested divs under <body>, built by script (the parser stops nesting at 512). */
function nested(depth: number): Document {
  const doc = domOf('<!doctype html><html><body><p>Top</p></body></html>');
  let parent: Element = doc.body;
  for (let i = 0; i < depth; i++) parent = parent.appendChild(doc.createElement('div'));
  parent.textContent = 'The bottom of the nest.';
  return doc;
}

const LONG_TEXT = 'The council approved the new bus routes on Tuesday after a long debate. '.repeat(12);

describe('deeperThan', () => {
  test.each([
    [0, 5, false],
    [3, 5, false], // html > body > div×3: the deepest element is 4 below <html>
    [4, 5, false],
    [5, 5, true],
    [MAX_DEPTH, MAX_DEPTH, true],
  ])('%i divs under <body>, limit %i: %s', (depth, max, expected) => {
    expect(deeperThan(nested(depth).documentElement, max)).toBe(expected);
  });

  test('siblings and cousins are walked without losing count of the depth', () => {
    const doc = domOf('<!doctype html><html><body><div><p>a</p><p>b</p></div><section><ul><li>c</li></ul></section></body></html>');
    // html(0) > body(1) > section(2) > ul(3) > li(4)
    expect(deeperThan(doc.documentElement, 4)).toBe(false);
    expect(deeperThan(doc.documentElement, 3)).toBe(true);
  });

  test('a deep chain is walked to its end when the limit is deeper still', () => {
    expect(deeperThan(nested(2000).documentElement, 2001)).toBe(false);
    expect(deeperThan(nested(2000).documentElement, 2000)).toBe(true);
  });
});

describe('nestedDeeperThan, the selector engine asked instead of a walk', () => {
  test.each([0, 3, 4, 5, 40])('%i divs under <body> agree with the walk at every limit around them', (depth) => {
    const doc = nested(depth);
    for (const max of [depth - 1, depth, depth + 1, depth + 2].filter((m) => m >= 0)) {
      expect(nestedDeeperThan(doc, max)).toBe(deeperThan(doc.documentElement, max));
    }
  });

  test('at the real limit: MAX_DEPTH divs under <body> are one level too deep, one fewer is not', () => {
    expect(nestedDeeperThan(nested(MAX_DEPTH), MAX_DEPTH)).toBe(true);
    expect(nestedDeeperThan(nested(MAX_DEPTH - 1), MAX_DEPTH)).toBe(false);
  });

  test('siblings do not add up: a wide page is not deep', () => {
    const doc = domOf(`<!doctype html><html><body>${'<p>a</p>'.repeat(2000)}</body></html>`);
    expect(nestedDeeperThan(doc, 3)).toBe(false);
    expect(nestedDeeperThan(doc, 1)).toBe(true);
  });

  test('a DOM whose engine refuses the selector is walked instead', () => {
    const doc = nested(10);
    doc.querySelector = () => {
      throw new SyntaxError('selector too complex');
    };
    expect(nestedDeeperThan(doc, 5)).toBe(true);
    expect(nestedDeeperThan(doc, 11)).toBe(false);
  });
});

describe('notHtml', () => {
  test('an HTML page, however deep, is HTML (its depth is asked after the reader-able check)', () => {
    expect(notHtml(nested(100))).toBe(false);
    expect(notHtml(nested(MAX_DEPTH + 1))).toBe(false);
  });

  test.each([
    ['an SVG image', '<svg xmlns="http://www.w3.org/2000/svg"><text>The port handled a record number of ships.</text></svg>', 'image/svg+xml'],
    ['an XML feed', '<rss version="2.0"><channel><title>News</title></channel></rss>', 'application/xml'],
    ['an XHTML-looking document served as XML', '<html xmlns="http://www.w3.org/1999/xhtml"><body><p>Text.</p></body></html>', 'application/xml'],
  ])('%s is not HTML', (_name, markup, type) => {
    expect(notHtml(domOf(markup, type))).toBe(true);
  });

  test('XHTML served as application/xhtml+xml is read like HTML', () => {
    const doc = domOf('<html xmlns="http://www.w3.org/1999/xhtml"><head><title>T</title></head><body><p>Text.</p></body></html>', 'application/xhtml+xml');
    expect(notHtml(doc)).toBe(false);
  });
});

describe('whereTheTextIs', () => {
  test('an article inside open shadow roots, nested ones counted too', () => {
    const doc = domOf('<!doctype html><html><body><nav>Home</nav><story-body></story-body></body></html>');
    const outer = doc.querySelector('story-body')!.attachShadow({ mode: 'open' });
    const inner = outer.appendChild(doc.createElement('story-text')).attachShadow({ mode: 'open' });
    const p = doc.createElement('p');
    p.textContent = LONG_TEXT;
    inner.append(p);
    expect(whereTheTextIs(doc)).toBe('shadow-dom');
  });

  test('a widget in a shadow root (a button, its styles) is not an article', () => {
    const doc = domOf('<!doctype html><html><body><share-button></share-button></body></html>');
    const root = doc.querySelector('share-button')!.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = `button { color: red; } ${'.x { margin: 0 } '.repeat(100)}`;
    root.append(style, Object.assign(doc.createElement('button'), { textContent: 'Share' }));
    expect(whereTheTextIs(doc)).toBeNull();
  });

  test('a frameset is content in frames', () => {
    const doc = domOf('<!doctype html><html><frameset cols="50%,50%"><frame src="a.html"><frame src="b.html"></frameset></html>');
    expect(whereTheTextIs(doc)).toBe('frames');
  });

  test('a page with neither says nothing more', () => {
    expect(whereTheTextIs(domOf('<!doctype html><html><body><form><input name="q"></form></body></html>'))).toBeNull();
  });
});
