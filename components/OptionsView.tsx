import { useId, useState } from 'preact/hooks';
import type { ClaimLabel } from '../analyzer/types';
import { DISPLAY_MODES, type Settings } from '../settings/settings';
import { addSite } from './add-site';
import { Icon } from './Icon';
import { keyPart, labelAbout, labelName, t, uiLocale, type MessageKey } from './i18n';
import { LabelMark } from './LabelMark';
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
            <DisplaySection settings={settings} onChange={onChange} />
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
                <LabelMark label={label}>
                  <span id={`uns-highlight-${label}`}>{labelName(label)}</span>
                </LabelMark>
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

function DisplaySection({ settings, onChange }: SectionProps) {
  const choices = DISPLAY_MODES.map((mode) => ({
    key: mode,
    title: t(`display_${keyPart(mode)}` as MessageKey),
    detail: t(`options_display_${keyPart(mode)}_hint` as MessageKey),
  }));
  const sites = Object.entries(settings.siteDisplay);
  return (
    <section class="uns-panel" aria-labelledby="uns-display-heading">
      <h2 class="uns-panel__heading" id="uns-display-heading">
        {t('options_display_heading')}
      </h2>
      <p class="uns-panel__text">{t('options_display_text')}</p>
      <RadioChoices name="display" heading="uns-display-heading" choices={choices} selected={settings.display} onSelect={(display) => onChange({ ...settings, display })} />
      {sites.length > 0 && (
        <>
          <h3 class="uns-panel__subheading" id="uns-display-sites">
            {t('options_display_sites')}
          </h3>
          <ul class="uns-sites" aria-labelledby="uns-display-sites">
            {sites.map(([site, mode]) => (
              <li key={site} class="uns-site" data-mode={mode}>
                <span class="uns-site__name">{site}</span>
                <span class="uns-site__mode">{t(`display_${keyPart(mode)}` as MessageKey)}</span>
                <button
                  type="button"
                  class="uns-icon-button"
                  aria-label={t('options_display_sites_remove', [site])}
                  title={t('options_display_sites_remove', [site])}
                  onClick={() => onChange({ ...settings, siteDisplay: Object.fromEntries(sites.filter(([s]) => s !== site)) })}
                >
                  <Icon name="close" size={16} />
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function RunSection({ settings, onChange }: SectionProps) {
  const choices = [
    { key: 'auto', title: t('options_run_auto'), detail: t('options_run_auto_hint') },
    { key: 'manual', title: t('options_run_manual'), detail: t('options_run_manual_hint') },
  ] as const;
  return (
    <section class="uns-panel" aria-labelledby="uns-run-heading">
      <h2 class="uns-panel__heading" id="uns-run-heading">
        {t('options_run_heading')}
      </h2>
      <RadioChoices name="auto-run" heading="uns-run-heading" choices={choices} selected={settings.autoRun ? 'auto' : 'manual'} onSelect={(key) => onChange({ ...settings, autoRun: key === 'auto' })} />
    </section>
  );
}

interface RadioChoicesProps<K extends string> {
  /** The radio buttons' name, and the prefix of their ids. */
  name: string;
  /** The id of the heading that names the group. */
  heading: string;
  choices: readonly { key: K; title: string; detail: string }[];
  selected: K;
  onSelect: (key: K) => void;
}

/** One of a few, each named by its title and described by its detail. */
function RadioChoices<K extends string>({ name, heading, choices, selected, onSelect }: RadioChoicesProps<K>) {
  return (
    <div class="uns-choices" role="radiogroup" aria-labelledby={heading}>
      {choices.map((c) => (
        <label key={c.key} class="uns-choice">
          <input
            type="radio"
            name={name}
            value={c.key}
            checked={selected === c.key}
            aria-labelledby={`uns-${name}-${c.key}`}
            aria-describedby={`uns-${name}-${c.key}-hint`}
            onChange={() => onSelect(c.key)}
          />
          <span class="uns-choice__body">
            <span class="uns-choice__title" id={`uns-${name}-${c.key}`}>
              {c.title}
            </span>
            <span class="uns-choice__detail" id={`uns-${name}-${c.key}-hint`}>
              {c.detail}
            </span>
          </span>
        </label>
      ))}
    </div>
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
