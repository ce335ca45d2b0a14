import { useId } from 'preact/hooks';
import { DISPLAY_MODES, type DisplayMode } from '../settings/settings';
import { keyPart, t, type MessageKey } from './i18n';

export interface DisplayChoiceProps {
  mode: DisplayMode;
  onChange: (mode: DisplayMode) => void;
  /** The popup's "Just for <site>": whether the choice is this site's own, and how to change that. */
  site?: { name: string; own: boolean; onOwnChange: (own: boolean) => void };
}

/**
 * What the page shows, in three: everything, only vague and unconfirmed claims, nothing. Native radio
 * buttons in a named group, so arrow keys move between them and screen readers say what they choose.
 */
export function DisplayChoice({ mode, onChange, site }: DisplayChoiceProps) {
  const id = useId();
  return (
    <div class="uns-display">
      <div class="uns-display__head">
        <span class="uns-display__title" id={`${id}-title`}>
          {t('popup_display')}
        </span>
        {site && (
          <label class="uns-display__site">
            <input type="checkbox" checked={site.own} onChange={(e) => site.onOwnChange(e.currentTarget.checked)} />
            <span>{t('popup_display_site', [site.name])}</span>
          </label>
        )}
      </div>
      <div class="uns-segmented" role="radiogroup" aria-labelledby={`${id}-title`}>
        {DISPLAY_MODES.map((m) => (
          <label key={m} class="uns-segmented__option">
            <input type="radio" name={`${id}-mode`} value={m} checked={m === mode} onChange={() => onChange(m)} />
            <span>{t(`display_${keyPart(m)}` as MessageKey)}</span>
          </label>
        ))}
      </div>
    </div>
  );
}
