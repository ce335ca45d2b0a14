import type { ReportSentence } from '../messages/page-report';
import { labelName, reasonText } from './i18n';
import { Icon } from './Icon';
import { LabelMark } from './LabelMark';

/**
 * The claims to check; choosing one shows it on the page. Each is underlined as the page marks it,
 * its label's name said to screen readers: compact, so that four or more fit at the popup's height.
 */
export function ClaimList({ sentences, onSelect }: { sentences: readonly ReportSentence[]; onSelect: (id: number) => void }) {
  return (
    <ol class="uns-claims">
      {sentences.map((s) => (
        <li key={s.id}>
          <button type="button" class="uns-claim" data-label={s.label} data-id={s.id} title={s.reasons[0] ? reasonText(s.reasons[0], s.source) : undefined} onClick={() => onSelect(s.id)}>
            <span class="uns-claim__text">
              <LabelMark label={s.label}>{s.text}</LabelMark>
            </span>
            {/* the underline says it to the eye, with the key above; this says it to a screen reader */}
            <span class="uns-claim__label uns-visually-hidden">{labelName(s.label)}</span>
            <span class="uns-claim__go">
              <Icon name="locate" size={16} />
            </span>
          </button>
        </li>
      ))}
    </ol>
  );
}
