// @vitest-environment jsdom
import isProbablyReaderable from '@mozilla/readability/Readability-readerable';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { probablyReaderable } from '../../content/probably-readerable';

const page = (body: string) => new DOMParser().parseFromString(`<html><body>${body}</body></html>`, 'text/html');
const sentence = 'The harbour master said on Tuesday that the ferries would run late all winter, and the council agreed. ';

describe('probablyReaderable: Readability\'s answer, without reading the whole page when its first paragraphs suffice', () => {
  test.each<[string, string]>([
    ['an article of long paragraphs', `<article>${`<p>${sentence.repeat(4)}</p>`.repeat(6)}</article>`],
    ['long paragraphs past forty short ones', `${'<p>Menu</p>'.repeat(45)}${`<p>${sentence.repeat(4)}</p>`.repeat(6)}`],
    ['text in a <div> with <br>s only', `<div>${`${sentence.repeat(3)}<br><br>`.repeat(6)}</div>`],
    ['short paragraphs only', '<p>Home</p><p>Contact</p>'.repeat(30)],
    ['hidden long paragraphs', `<div hidden>${`<p>${sentence.repeat(4)}</p>`.repeat(6)}</div>`],
    ['long paragraphs in a comments section', `<div class="comments">${`<p>${sentence.repeat(4)}</p>`.repeat(6)}</div>`],
    ['one long <pre>', `<pre>${sentence.repeat(30)}</pre>`],
    ['nothing', ''],
  ])('%s: the same answer as isProbablyReaderable', (_name, body) => {
    expect(probablyReaderable(page(body))).toBe(isProbablyReaderable(page(body)));
  });

  test('on an article whose first paragraphs suffice, the <article>\'s text (the whole story) is never read', () => {
    const doc = page(`<article>${`<p>${sentence.repeat(4)}</p>`.repeat(200)}</article>`);
    Object.defineProperty(doc.querySelector('article')!, 'textContent', { get: () => expect.unreachable('the whole article was read') });
    expect(probablyReaderable(doc)).toBe(true);
  });

  test('a page with neither an <article> nor a <br> in a <div> is asked once: its first paragraphs are read once', () => {
    const doc = page(`${'<p>Home</p>'.repeat(30)}`);
    let reads = 0;
    for (const p of doc.querySelectorAll('p')) Object.defineProperty(p, 'textContent', { get: () => (reads++, 'Home') });
    expect(probablyReaderable(doc)).toBe(false);
    expect(reads).toBe(30);
  });

  test('property: the same answer as isProbablyReaderable on pages of paragraphs, <pre>s, <article>s and <br>s, visible or not', () => {
    const text = fc.integer({ min: 0, max: 6 }).map((n) => sentence.repeat(n));
    const element = fc.oneof(
      text.map((t) => `<p>${t}</p>`),
      text.map((t) => `<pre>${t}</pre>`),
      text.map((t) => `<div>${t}<br>${t}</div>`),
      text.map((t) => `<p hidden>${t}</p>`),
      text.map((t) => `<p class="sidebar">${t}</p>`),
      text.map((t) => `<ul><li><p>${t}</p></li></ul>`),
      fc.array(text, { maxLength: 4 }).map((ts) => `<article>${ts.map((t) => `<p>${t}</p>`).join('')}</article>`),
    );
    fc.assert(
      fc.property(fc.array(element, { maxLength: 60 }), (elements) => {
        const body = elements.join('');
        expect(probablyReaderable(page(body))).toBe(isProbablyReaderable(page(body)));
      }),
      { numRuns: 300 },
    );
  });
});
