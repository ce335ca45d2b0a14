import type { Label } from '../analyzer/types';

/** A label's colour and texture in a small square; decorative, the label's name is always beside it. */
export function LabelSwatch({ label }: { label: Label }) {
  return <span class="uns-swatch uns-pattern" data-label={label} aria-hidden="true" />;
}
