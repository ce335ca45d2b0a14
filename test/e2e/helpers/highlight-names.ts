/** The names the content script registers in `CSS.highlights`, one per painted label. */
export const HIGHLIGHT_NAMES = ['unsourced-unattributed', 'unsourced-hedged', 'unsourced-vague'] as const;
export type HighlightName = (typeof HIGHLIGHT_NAMES)[number];
