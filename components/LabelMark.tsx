import type { ComponentChildren } from 'preact';
import type { Label } from '../analyzer/types';
import '../entrypoints/content/highlights.css';

/** Its children marked as a claim with `label` is marked on the page: the same CSS rule draws both. */
export function LabelMark({ label, children }: { label: Label; children: ComponentChildren }) {
  return (
    <span class="uns-mark" data-label={label}>
      {children}
    </span>
  );
}
