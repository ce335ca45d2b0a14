import fc from 'fast-check';
import { DOMParser } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { withoutPadding } from '../../content/without-padding';
import { foldPadding } from '../../extract/fold-padding';

describe('withoutPadding: the serialized copy loses its indentation and path data, nothing a reader of it uses', () => {
  test.each([
    ['indentation between tags keeps one character', '<div>\n    <p>x</p>\n  </div>', '<div> <p>x</p> </div>'],
    ['a run after a tag keeps its last character, next to the text', '<h1>\n      Neon</h1>', '<h1> Neon</h1>'],
    ['a run before a tag keeps its first character, next to the text', '<title>Neon \n\n   </title>', '<title>Neon </title>'],
    ['" | " after an element stays a title separator', '<span>A</span>\n     | <span>B</span>', '<span>A</span> | <span>B</span>'],
    ['a run inside the text is left as it is', '<p>one     two</p>', '<p>one     two</p>'],
    ['a single character is left as it is', '<p>a</p> <p>b</p>', '<p>a</p> <p>b</p>'],
    ['non-breaking spaces are text, not padding', '<p>\u00a0\u00a0x</p>', '<p>\u00a0\u00a0x</p>'],
    ['white space in an attribute is left as it is', '<a title="a   b" class="x\n   y">t</a>', '<a title="a   b" class="x\n   y">t</a>'],
    ['a path loses its data, its other attributes stay', '<svg><path class="i" d="M0 0 L10 10Z" fill="red"/></svg>', '<svg><path class="i" fill="red"/></svg>'],
    ['"d" in text is text', '<p>set d="M0 0" on it</p>', '<p>set d="M0 0" on it</p>'],
    ['"d" on another element stays', '<div d="x">t</div>', '<div d="x">t</div>'],
  ])('%s', (_name, markup, expected) => {
    expect(withoutPadding(markup)).toBe(expected);
  });

  test('a long run of spaces inside the text costs one pass (no backtracking over it)', () => {
    const text = `<p>a${' '.repeat(200_000)}b</p>`;
    expect(withoutPadding(text)).toBe(text);
  });
});

/** The text nodes of a parsed document, in order, after the background's fold. */
function foldedText(markup: string): string[] {
  const doc = new DOMParser().parseFromString(`<html><body>${markup}</body></html>`, 'text/html') as unknown as Document;
  foldPadding(doc);
  const out: string[] = [];
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) out.push((child as Text).data);
      else walk(child);
    }
  };
  walk(doc.documentElement);
  return out;
}

describe('foldPadding: the background and the CLI fold the same way, so a folded copy reads as the whole page', () => {
  test('edges keep the character next to the text; the middle is left alone; short nodes too', () => {
    expect(foldedText('<p>\n   Neon   lights  \n</p><p> a </p>')).toEqual([' Neon   lights ', ' a ']);
    expect(foldedText('<div>\n\t  <p>x</p>\n</div>')).toEqual([' ', 'x', '\n']);
  });

  test('only an edge that touches a tag is folded: text the parser split (at an entity) is one run', () => {
    const doc = new DOMParser().parseFromString('<html><body><p>x</p></body></html>', 'text/html') as unknown as Document;
    const p = doc.querySelector('p')!;
    p.append(doc.createTextNode('  \n  '), doc.createTextNode('y   '));
    foldPadding(doc);
    expect([...p.childNodes].map((n) => (n as Text).data)).toEqual(['x', '  \n  ', 'y ']);
  });

  const space = fc.constantFrom(' ', '\n', '\t', '\r', '\f');
  const run = fc.array(space, { minLength: 0, maxLength: 5 }).map((s) => s.join(''));
  const word = fc.constantFrom('Neon', 'said', '|', '&amp;', 'x');
  const text = fc.tuple(run, fc.array(fc.tuple(word, run), { maxLength: 3 })).map(([lead, rest]) => lead + rest.map(([w, r]) => w + r).join(''));
  // Elements that nest anywhere, so the markup is what XMLSerializer writes: no end tag implied or
  // ignored by the parser (a stray one would join two texts the markup keeps apart).
  const tag = fc.constantFrom('span', 'div', 'em', 'b', 'section');
  const markup: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
    node: fc.oneof({ depthSize: 'small' }, text, fc.tuple(tag, fc.array(tie('node'), { maxLength: 4 })).map(([t, kids]) => `<${t}>${kids.join('')}</${t}>`)),
  })).node;

  test('property: the background folds the page\'s folded copy to the same text as the page itself', () => {
    fc.assert(
      fc.property(markup, (m) => {
        expect(foldedText(withoutPadding(m))).toEqual(foldedText(m));
      }),
      { numRuns: 500 },
    );
  });
});
