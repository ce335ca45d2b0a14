import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { blocksFromContent } from '../../page/blocks-from-content';
import { BLOCK_BREAK, TextMap } from '../../page/text-map';

function bodyOf(html: string): HTMLElement {
  return new JSDOM(`<!doctype html><html><body>${html}</body></html>`).window.document.body;
}

/** The map's blocks, as the extraction would cut them. */
function mapBlocks(map: TextMap): string[] {
  return map.text.split(BLOCK_BREAK).filter(Boolean);
}

/** Every character of the map leads back to the same character in the DOM (a space to any white space). */
function expectPointsBack(map: TextMap): void {
  for (let i = 0; i < map.text.length; i++) {
    const ch = map.text[i]!;
    if (ch === BLOCK_BREAK) {
      expect(map.pointsOf(i, i + 1)).toBeNull();
      continue;
    }
    const points = map.pointsOf(i, i + 1)!;
    const source = points.start.node.data[points.start.offset]!;
    if (ch === ' ') expect(source).toMatch(/[\t\n\f\r ]/);
    else expect(source).toBe(ch);
    expect([points.end.node, points.end.offset]).toEqual([points.start.node, points.start.offset + 1]);
  }
}

describe('TextMap reads a subtree as the extraction does', () => {
  test.each([
    ['folded white space', '<p>  one \t two\n\n   three  </p>'],
    ['inline elements', '<p>a <b>bold</b><i> and</i> <span>plain</span> word</p>'],
    ['no invented space', '<p>con<em>cat</em>enated</p>'],
    ['<br> between lines', '<p>first line<br>second line</p>'],
    ['text beside nested blocks', '<div>before<p>inside</p>after</div>'],
    ['empty blocks', '<p>kept</p><p> \n </p><div><p></p></div><p>also kept</p>'],
    ['no-break spaces', '<p>selon\u00a0l’AFP\u00a0» \u00a0 </p>'],
    ['skipped elements', '<p>a<template>t</template><svg><text>s</text></svg><noscript>n</noscript> b<script>x</script></p>'],
    ['lists and tables', '<ul><li>one</li><li> two <b>2</b></li></ul><table><tr><td>cell</td><td>other</td></tr></table>'],
    ['a space that spans several nodes', '<p>a <span> </span> <em> b</em></p>'],
  ])('%s', (_name, html) => {
    const body = bodyOf(html);
    const map = TextMap.build(body);
    expect(mapBlocks(map)).toEqual(blocksFromContent(body, '').map((b) => b.text));
    expectPointsBack(map);
  });

  test.each([
    ['a button', '<p>Read <button>Listen</button> this.</p>', ['Read this.']],
    ['an iframe and an embed', '<p>A<iframe>fallback</iframe>B<embed>C</p>', ['ABC']],
    ['a hidden span', '<p>Visible <span hidden>secret</span>words.</p>', ['Visible words.']],
    ['an aria-hidden icon', '<p><span aria-hidden="true">•</span> Item</p>', ['Item']],
    ['an aria-hidden math fallback image, kept like Readability', '<p>x = <span aria-hidden="true" class="mwe-math-fallback-image">2</span></p>', ['x = 2']],
    ['inline display:none and visibility:hidden', '<p>a<span style="display: none">b</span><span style="visibility:hidden">c</span>d</p>', ['ad']],
    ['a hidden block still ends a block', '<div>A<div hidden>x</div>B</div>', ['A', 'B']],
  ])('leaves out what Readability removes: %s', (_name, html, blocks) => {
    expect(mapBlocks(TextMap.build(bodyOf(html)))).toEqual(blocks);
  });

  test('notes the span of each watched element, nested or not, and of the root itself', () => {
    const body = bodyOf('<nav>Menu</nav><article><p>One <em>two</em>.</p><div>Loose text<p>Three.</p></div></article>');
    const [p1, em, div, p2] = ['p', 'em', 'div', 'div p'].map((s) => body.querySelector(s)!);
    const script = body.ownerDocument.createElement('script');
    body.append(script);
    const map = TextMap.build(body, new Set([p1!, em!, div!, p2!, body, script]));
    // A span may open on the space before its first word and close on a block break: it is searched, never shown.
    const textOf = (el: Element) => {
      const span = map.spanOf(el)!;
      return map.text.slice(span.start, span.end).replace(/^ |\n$/g, '');
    };
    expect([p1!, em!, div!, p2!].map(textOf)).toEqual(['One two.', 'two', `Loose text${BLOCK_BREAK}Three.`, 'Three.']);
    expect(textOf(body).trim()).toBe(map.text.trim());
    expect(textOf(script)).toBe('');
    expect(map.spanOf(body.ownerDocument.head)).toBeUndefined();
  });

  test('a range over text that has source white space inside ends on the last character', () => {
    const body = bodyOf('<p>\n  Hello,\n   world.\n</p>');
    const map = TextMap.build(body);
    const points = map.pointsOf(0, map.text.indexOf('.') + 1)!;
    expect([points.start.offset, points.end.offset]).toEqual([3, '\n  Hello,\n   world.'.length]);
  });

  test.each([
    [-1, 3],
    [2, 2],
    [0, 1000],
  ])('no points for an empty or out-of-range span [%i, %i)', (start, end) => {
    expect(TextMap.build(bodyOf('<p>Some text.</p>')).pointsOf(start, end)).toBeNull();
  });
});

describe('TextMap.buildOver maps only the given subtrees', () => {
  test('each subtree once, in order, as its own block, with the spans of the watched elements inside', () => {
    const body = bodyOf('<nav>Menu <a>Home</a></nav><article><p>One <em>two</em>.</p><aside>Ad</aside><div>Loose text<p>Three.</p></div><span>Four</span></article><footer>End</footer>');
    const [p1, em, div, p2, span] = ['article > p', 'em', 'div', 'div p', 'span'].map((s) => body.querySelector(s)!);
    const map = TextMap.buildOver([p1!, em!, div!, p2!, span!], new Set([p1!, em!, div!, p2!, span!]));
    expect(mapBlocks(map)).toEqual(['One two.', 'Loose text', 'Three.', 'Four']);
    const textOf = (el: Element) => {
      const at = map.spanOf(el)!;
      return map.text.slice(at.start, at.end).replace(/^[ \n]|\n$/g, '');
    };
    expect([p1!, em!, div!, p2!, span!].map(textOf)).toEqual(['One two.', 'two', `Loose text${BLOCK_BREAK}Three.`, 'Three.', 'Four']);
    expect(map.text).not.toContain('Menu');
    expect(map.text).not.toContain('Ad');
    expectPointsBack(map);
  });

  test('a subtree reads as it does in a map of the whole body', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('<p>a <b>b</b>\n c</p>', '<div>d<p> e </p>f</div>', '<li>g\t<br>h</li>', '<p hidden>x</p>', '<p>i<span style="display:none">y</span>j</p>'), { minLength: 1, maxLength: 6 }), (parts) => {
        const body = bodyOf(parts.join(''));
        const roots = [...body.children];
        const whole = TextMap.build(body);
        const over = TextMap.buildOver(roots);
        expect(mapBlocks(over)).toEqual(mapBlocks(whole));
        expectPointsBack(over);
      }),
      { numRuns: 100 },
    );
  });
});

describe('TextMap on arbitrary markup', () => {
  const TAGS = ['p', 'div', 'span', 'em', 'a', 'li', 'h2', 'blockquote', 'b'];
  const TEXTS = ['word', 'two words', ' ', '  ', '\n', '\t x \n', '\u00a0', 'é', '😀', '.', ' lead', 'trail '];
  // A random tree of block and inline elements around text with every kind of white space.
  const tree: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small' },
      fc.constantFrom(...TEXTS),
      fc.constant('<br>'),
      fc.tuple(fc.constantFrom(...TAGS), fc.array(tie('node'), { maxLength: 4 })).map(([tag, kids]) => `<${tag}>${kids.join('')}</${tag}>`),
    ),
  })).node;

  test('blocks equal the extraction\'s and every character points back to its source', () => {
    fc.assert(
      fc.property(fc.array(tree, { maxLength: 6 }), (parts) => {
        const body = bodyOf(parts.join(''));
        const map = TextMap.build(body);
        expect(mapBlocks(map)).toEqual(blocksFromContent(body, '').map((b) => b.text));
        expectPointsBack(map);
      }),
      { numRuns: 300 },
    );
  });
});
