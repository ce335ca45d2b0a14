/** Elements whose text a reader edits: nothing inside them is ever highlighted. */
const FORM_FIELDS = 'textarea, input, select';
/** Roots of editable areas, to find those a range runs through. */
const EDITABLE_ROOTS = `[contenteditable], ${FORM_FIELDS}`;

/**
 * Whether a range touches text a reader can edit: a `contenteditable` area (by the attribute, as the
 * browser resolves it: the nearest one decides, "false" ends it), a form field, or a document in
 * design mode. Attributes only: no style is computed, no layout forced.
 */
export function touchesEditable(range: AbstractRange): boolean {
  const doc = range.startContainer.ownerDocument;
  if (doc?.designMode === 'on') return true;
  if (isEditable(range.startContainer) || isEditable(range.endContainer)) return true;
  if (range.startContainer === range.endContainer) return false;
  // A range across several nodes may run through an editable area without starting or ending in one.
  const live = range as Partial<Range>;
  const common = live.commonAncestorContainer;
  if (!common || common.nodeType !== 1 || typeof live.intersectsNode !== 'function') return false;
  for (const root of (common as Element).querySelectorAll(EDITABLE_ROOTS)) {
    if (isEditable(root) && live.intersectsNode(root)) return true;
  }
  return false;
}

/**
 * `touchesEditable` for many ranges of one document: a page with no form field, no `contenteditable`
 * attribute and no design mode has no editable text, so none of its ranges is asked about (each ask
 * looks up two ancestors' chains, and the article's ranges are many).
 */
export function editableTest(doc: Document): (range: AbstractRange) => boolean {
  if (doc.designMode !== 'on' && doc.querySelector(EDITABLE_ROOTS) === null) return () => false;
  return touchesEditable;
}

/** Whether a node lies in text a reader can edit (a form field or an editable area). */
export function isEditable(node: Node): boolean {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  if (!el) return false;
  if (el.closest(FORM_FIELDS)) return true;
  for (let host = el.closest('[contenteditable]'); host; host = host.parentElement?.closest('[contenteditable]') ?? null) {
    const value = (host.getAttribute('contenteditable') ?? '').toLowerCase();
    if (value === '' || value === 'true' || value === 'plaintext-only') return true;
    if (value === 'false') return false;
    // Any other value is invalid and inherits: look further up.
  }
  return false;
}
