import { JSDOM } from 'jsdom';
import { beforeEach, describe, expect, test } from 'vitest';
import { editableTest, touchesEditable } from '../../page/editable';

let document: Document;

beforeEach(() => {
  document = new JSDOM(`<!doctype html><html><body>
    <p id="plain">The council approved the plan.</p>
    <div contenteditable="true"><p id="editable">The mayor secretly approved it.</p>
      <p contenteditable="false" id="island">A fixed caption inside the editor.</p></div>
    <div contenteditable><span id="bare">A bare attribute is editable.</span></div>
    <div contenteditable="plaintext-only" id="plaintext">Plain text only is editable.</div>
    <div contenteditable="bogus"><p id="inherits">An invalid value inherits: not editable here.</p></div>
    <section contenteditable="true"><div contenteditable="bogus"><p id="inherits-editable">Inside an editor, an invalid value stays editable.</p></div></section>
    <textarea id="comment">The board lied about the leaks.</textarea>
    <p id="before">Before the editor.</p><div contenteditable="true" id="middle">Typed text.</div><p id="after">After the editor.</p>
    </body></html>`).window.document;
});

/** A range over the whole text of the element with `id`. */
function rangeIn(id: string): Range {
  const range = document.createRange();
  range.selectNodeContents(document.getElementById(id)!.firstChild!);
  return range;
}

describe('touchesEditable', () => {
  test.each([
    ['plain', false],
    ['editable', true],
    ['island', false],
    ['bare', true],
    ['plaintext', true],
    ['inherits', false],
    ['inherits-editable', true],
    ['comment', true],
  ])('text of #%s: %s', (id, expected) => {
    expect(touchesEditable(rangeIn(id))).toBe(expected);
  });

  test('a range that runs through an editable area without starting or ending in one', () => {
    const range = document.createRange();
    range.setStart(document.getElementById('before')!.firstChild!, 0);
    range.setEnd(document.getElementById('after')!.firstChild!, 5);
    expect(touchesEditable(range)).toBe(true);
  });

  test('a range across plain elements only', () => {
    const range = document.createRange();
    range.setStart(document.getElementById('plain')!.firstChild!, 4);
    range.setEnd(document.getElementById('before')!.firstChild!, 6);
    document.getElementById('middle')!.remove();
    // the editor between #plain and #before is still crossed
    expect(touchesEditable(range)).toBe(true);
    const plain = document.createRange();
    plain.setStart(document.getElementById('before')!.firstChild!, 0);
    plain.setEnd(document.getElementById('after')!.firstChild!, 5);
    expect(touchesEditable(plain)).toBe(false);
  });

  test('in a document in design mode, everything is editable', () => {
    document.designMode = 'on';
    expect(touchesEditable(rangeIn('plain'))).toBe(true);
  });
});

describe('editableTest, one document\'s test for many ranges', () => {
  test.each(['plain', 'editable', 'island', 'bare', 'plaintext', 'inherits', 'inherits-editable', 'comment'])('agrees with touchesEditable on the text of #%s', (id) => {
    expect(editableTest(document)(rangeIn(id))).toBe(touchesEditable(rangeIn(id)));
  });

  test('a page with no field, no contenteditable and no design mode has no editable text', () => {
    const plain = new JSDOM('<!doctype html><p id="a">Text.</p>').window.document;
    const range = plain.createRange();
    range.selectNodeContents(plain.getElementById('a')!);
    expect(editableTest(plain)(range)).toBe(false);
    plain.designMode = 'on';
    expect(editableTest(plain)(range)).toBe(true);
  });

  test.each(['<input id="f">', '<select id="f"></select>', '<div contenteditable="false" id="f"></div>'])('a page with %s is asked range by range', (field) => {
    const doc = new JSDOM(`<!doctype html><p id="a">Text.</p>${field}`).window.document;
    expect(editableTest(doc)).toBe(touchesEditable);
  });
});
