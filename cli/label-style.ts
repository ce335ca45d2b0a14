import type { Label } from '../analyzer/types';

export interface LabelStyle {
  /** As a heading or table row says it. */
  title: string;
  /** ANSI SGR sequence for a terminal. */
  ansi: string;
}

/** How each label shows in the reports; the colours follow the extension's highlights. */
export const LABEL_STYLE: Record<Label, LabelStyle> = {
  attributed: { title: 'Attributed', ansi: '\x1b[32m' }, // green: someone stands behind it
  vague: { title: 'Vague', ansi: '\x1b[33m' }, // yellow: a source nobody can check
  hedged: { title: 'Hedged', ansi: '\x1b[35m' }, // magenta: hearsay
  unattributed: { title: 'Unattributed', ansi: '\x1b[1;31m' }, // bold red: no one at all
  'not-claim': { title: 'Not a claim', ansi: '\x1b[2m' }, // dim: nothing to check
};

export const ANSI_RESET = '\x1b[0m';
export const ANSI_DIM = '\x1b[2m';
export const ANSI_BOLD = '\x1b[1m';
