import { useId, useState } from 'preact/hooks';
import type { ClaimLabel } from '../analyzer/types';
import type { Settings } from '../settings/settings';
import { addSite } from './add-site';
import { Icon } from './Icon';
import { labelAbout, labelName, t, uiLocale } from './i18n';
import { LabelSwatch } from './LabelSwatch';
import { Logo } from './Logo';
import './labels.css';
import './ui.css';
import './options.css';

/** Most pressing first: the order a reader decides in. */
const HIGHLIGHT_ORDER: readonly ClaimLabel[] = ['unattributed', 'hedged', 'vague', 'attributed'];

export interface OptionsViewProps {
  /** Null until the stored settings are read. */
  settings: Settings | null;
  /** Flash "Saved" after a change was stored. */
  saved: boolean;
  /** Store these settings (every control saves at once). */
  onChange: (settings: Settings) => void;
}

/** The options page, from the settings alone: the entrypoint reads and writes them. */
export function OptionsView({ settings, saved, onChange }: OptionsViewProps) {
  return (
    <div class="uns-theme uns-app uns-options" lang={uiLocale()}>
      <div class="uns-options__page">
        <header class="uns-options__header">
          <Logo size={32} />
          <h1 class="uns-options__title">{t('options_title')}</h1>
          <span class="uns-saved" role="status" data-visible={saved || undefined}>
            {saved && (
              <>
                <Icon name="check" size={16} />
                {t('options_saved')}
              </>
            )}
          </span>
        </header>
        <p class="uns-options__intro">{t('options_intro')}</p>
        {settings && (
          <>
            <HighlightSection settings={settings} onChange={onChange} />
            <RunSection settings={settings} onChange={onChange} />
            <SitesSection settings={settings} onChange={onChange} />
          </>
        )}
      </div>
    </div>
  );
}

type SectionProps = { settings: Settings; onChange: (settings: Settings) => void };

function HighlightSection({ settings, onChange }: SectionProps) {
  return (
    <section class="uns-panel" aria-labelledby="uns-highlight-heading">
      <h2 class="uns-panel__heading" id="uns-highlight-heading">
        {t('options_highlight_heading')}
      </h2>
      <p class="uns-panel__text">{t('options_highlight_text')}</p>
      <div class="uns-choices">
        {HIGHLIGHT_ORDER.map((label) => (
          <label key={label} class="uns-choice">
            <input
              type="checkbox"
              name={`highlight-${label}`}
              aria-labelledby={`uns-highlight-${label}`}
              aria-describedby={`uns-highlight-${label}-about`}
              checked={settings.highlight[label]}
              onChange={(e) => onChange({ ...settings, highlight: { ...settings.highlight, [label]: e.currentTarget.checked } })}
            />
            <span class="uns-choice__body">
              <span class="uns-choice__title">
                <LabelSwatch label={label} />
                <span id={`uns-highlight-${label}`}>{labelName(label)}</span>
              </span>
              <span class="uns-choice__detail" id={`uns-highlight-${label}-about`}>
                {labelAbout(label)}
              </span>
            </span>
          </label>
        ))}
      </div>
    </section>
  );
}

function RunSection({ settings, onChange }: SectionProps) {
  const choices = [
    { key: 'auto', auto: true, title: t('options_run_auto'), detail: t('options_run_auto_hint') },
    { key: 'manual', auto: false, title: t('options_run_manual'), detail: t('options_run_manual_hint') },
  ];
  return (
    <section class="uns-panel" aria-labelledby="uns-run-heading">
      <h2 class="uns-panel__heading" id="uns-run-heading">
        {t('options_run_heading')}
      </h2>
      <div class="uns-choices" role="radiogroup" aria-labelledby="uns-run-heading">
        {choices.map((c) => (
          <label key={c.key} class="uns-choice">
            <input
              type="radio"
              name="auto-run"
              value={c.key}
              checked={settings.autoRun === c.auto}
              aria-labelledby={`uns-run-${c.key}`}
              aria-describedby={`uns-run-${c.key}-hint`}
              onChange={() => onChange({ ...settings, autoRun: c.auto })}
            />
            <span class="uns-choice__body">
              <span class="uns-choice__title" id={`uns-run-${c.key}`}>
                {c.title}
              </span>
              <span class="uns-choice__detail" id={`uns-run-${c.key}-hint`}>
                {c.detail}
              </span>
            </span>
          </label>
        ))}
      </div>
    </section>
  );
}

function SitesSection({ settings, onChange }: SectionProps) {
  const [input, setInput] = useState('');
  const [error, setError] = useState<string | null>(null);
  const inputId = useId();
  const errorId = useId();
  const sites = [...settings.disabledSites].sort((a, b) => a.localeCompare(b));

  const submit = (e: Event) => {
    e.preventDefault();
    const result = addSite(settings.disabledSites, input);
    if (!result.ok) {
      setError(result.error === 'invalid' ? t('options_sites_invalid') : t('options_sites_duplicate', [result.site]));
      return;
    }
    setError(null);
    setInput('');
    onChange({ ...settings, disabledSites: result.sites });
  };

  return (
    <section class="uns-panel" aria-labelledby="uns-sites-heading">
      <h2 class="uns-panel__heading" id="uns-sites-heading">
        {t('options_sites_heading')}
      </h2>
      <p class="uns-panel__text">{t('options_sites_text')}</p>
      {sites.length === 0 ? (
        <p class="uns-sites-empty">{t('options_sites_empty')}</p>
      ) : (
        <ul class="uns-sites" aria-labelledby="uns-sites-heading">
          {sites.map((site) => (
            <li key={site} class="uns-site">
              <span class="uns-site__name">{site}</span>
              <button
                type="button"
                class="uns-icon-button"
                aria-label={t('options_sites_remove', [site])}
                title={t('options_sites_remove', [site])}
                onClick={() => onChange({ ...settings, disabledSites: settings.disabledSites.filter((s) => s !== site) })}
              >
                <Icon name="close" size={16} />
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="uns-add-site" onSubmit={submit} noValidate>
        <label class="uns-add-site__label" for={inputId}>
          {t('options_sites_add_label')}
        </label>
        <div class="uns-add-site__row">
          <input
            id={inputId}
            class="uns-input"
            type="text"
            inputMode="url"
            autoComplete="off"
            spellcheck={false}
            placeholder={t('options_sites_add_placeholder')}
            value={input}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? errorId : undefined}
            onInput={(e) => {
              setInput(e.currentTarget.value);
              setError(null);
            }}
          />
          <button type="submit" class="uns-button uns-button--primary">
            <Icon name="plus" size={16} />
            {t('options_sites_add')}
          </button>
        </div>
        {error && (
          <p class="uns-field-error" id={errorId} role="alert">
            {error}
          </p>
        )}
      </form>
    </section>
  );
}
