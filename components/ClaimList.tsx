import type { ReportSentence } from '../messages/page-report';
import { labelName, reasonText } from './i18n';
import { Icon } from './Icon';
import { LabelSwatch } from './LabelSwatch';

/** The claims to check; choosing one shows it on the page. */
export function ClaimList({ sentences, onSelect }: { sentences: readonly ReportSentence[]; onSelect: (id: number) => void }) {
  return (
    <ol class="uns-claims">
      {sentences.map((s) => (
        <li key={s.id}>
          <button type="button" class="uns-claim" data-label={s.label} data-id={s.id} title={s.reasons[0] ? reasonText(s.reasons[0], s.source) : undefined} onClick={() => onSelect(s.id)}>
            <LabelSwatch label={s.label} />
            <span class="uns-claim__body">
              <span class="uns-claim__text">{s.text}</span>
              <span class="uns-claim__label">{labelName(s.label)}</span>
            </span>
            <span class="uns-claim__go">
              <Icon name="locate" size={16} />
            </span>
          </button>
        </li>
      ))}
    </ol>
  );
}
