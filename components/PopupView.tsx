import { useState } from 'preact/hooks';
import type { DisplayMode } from '../settings/settings';
import { ClaimKey } from './ClaimKey';
import { ClaimList } from './ClaimList';
import { DisplayChoice } from './DisplayChoice';
import { EmptyState } from './EmptyState';
import { flaggedSentences } from './flagged-sentences';
import { formatCount } from './format-count';
import { Icon } from './Icon';
import { t, uiLocale } from './i18n';
import { Logo } from './Logo';
import { notArticleText } from './not-article-text';
import type { ArticleReport, PopupStatus } from './popup-status';
import { SourceList } from './SourceList';
import { Switch } from './Switch';
import { Tabs } from './Tabs';
import { verdict } from './verdict';
import './labels.css';
import './ui.css';
import './popup.css';

export interface PopupActions {
  /** Send `{type:'run'}` to the tab. */
  run(): void;
  /** Send `{type:'scroll-to', id}` to the tab. */
  scrollTo(id: number): void;
  /** Store what pages show: this site's own choice when it has one, else the reader's default. */
  setDisplay(mode: DisplayMode): void;
  /** Give the tab's site its own display choice (the current one), or take it back. */
  setSiteOwnDisplay(own: boolean): void;
  /** Add the tab's site to `disabledSites`, or take every entry covering it out. */
  setSiteDisabled(disabled: boolean): void;
  copyReport(): void;
  openOptions(): void;
  reloadTab(): void;
}

export type CopyState = 'idle' | 'copied' | 'failed';

/** What the tab's page shows, and whether that is its site's own choice. */
export interface PopupDisplay {
  mode: DisplayMode;
  siteOwn: boolean;
}

export interface PopupViewProps {
  status: PopupStatus;
  /** The tab's site as the settings name it (`lemonde.fr`); null on browser pages. */
  site: string | null;
  /** Null until the settings are read. */
  display: PopupDisplay | null;
  copy: CopyState;
  actions: PopupActions;
}

/** Everything the popup shows, from its state alone: the entrypoint fetches, this renders. */
export function PopupView({ status, site, display, copy, actions }: PopupViewProps) {
  return (
    <div class="uns-theme uns-app uns-popup" lang={uiLocale()} data-status={status.kind}>
      <header class="uns-popup__header">
        <Logo />
        <span class="uns-popup__name">{t('extName')}</span>
        <button type="button" class="uns-icon-button" onClick={actions.openOptions} title={t('popup_settings')} aria-label={t('popup_settings')}>
          <Icon name="settings" />
        </button>
      </header>
      <main class="uns-popup__main">
        <Screen status={status} site={site} display={display} copy={copy} actions={actions} />
      </main>
    </div>
  );
}

function Screen({ status, site, display, copy, actions }: PopupViewProps) {
  switch (status.kind) {
    case 'loading':
      return <EmptyState icon="spinner" title={t('popup_loading')} busy />;
    case 'analysing':
      return (
        <EmptyState icon="spinner" title={t('popup_analysing_title')} busy>
          <p class="uns-state__text">{t('popup_analysing_text')}</p>
        </EmptyState>
      );
    case 'browser-page':
      return (
        <EmptyState icon="lock" title={t('popup_browser_page_title')}>
          <p class="uns-state__text">{t('popup_browser_page_text')}</p>
        </EmptyState>
      );
    case 'reload':
      return (
        <EmptyState icon="reload" title={t('popup_reload_title')}>
          <p class="uns-state__text">{t('popup_reload_text')}</p>
          <button type="button" class="uns-button uns-button--primary" onClick={actions.reloadTab}>
            <Icon name="reload" size={16} />
            {t('popup_reload_button')}
          </button>
        </EmptyState>
      );
    case 'unreachable':
      return (
        <EmptyState icon="lock" title={t('popup_unreachable_title')}>
          <p class="uns-state__text">{t('popup_unreachable_text')}</p>
          <button type="button" class="uns-button" onClick={actions.reloadTab}>
            <Icon name="reload" size={16} />
            {t('popup_reload_button')}
          </button>
        </EmptyState>
      );
    case 'waiting':
      return (
        <EmptyState icon="play" title={t('popup_waiting_title')}>
          <p class="uns-state__text">{t('popup_waiting_text')}</p>
          <button type="button" class="uns-button uns-button--primary" onClick={actions.run}>
            <Icon name="play" size={16} />
            {t('popup_waiting_button')}
          </button>
          {site && <SiteSwitch site={site} disabled={false} actions={actions} />}
        </EmptyState>
      );
    case 'site-disabled':
      return (
        <EmptyState icon="power" tone="off" title={t('popup_disabled_title')}>
          <p class="uns-state__text">{t('popup_disabled_text', [status.site])}</p>
          <button type="button" class="uns-button uns-button--primary" onClick={() => actions.setSiteDisabled(false)}>
            <Icon name="power" size={16} />
            {t('popup_disabled_button')}
          </button>
        </EmptyState>
      );
    case 'not-article':
      return (
        <EmptyState icon="article" title={t('popup_not_article_title')}>
          <p class="uns-state__text">{notArticleText(status.reason)}</p>
          <p class="uns-state__text uns-state__text--quiet">{t('popup_not_article_more')}</p>
        </EmptyState>
      );
    case 'article':
      return <ArticleScreen report={status.report} site={site} display={display} copy={copy} actions={actions} />;
  }
}

function SiteSwitch({ site, disabled, actions }: { site: string; disabled: boolean; actions: PopupActions }) {
  return <Switch label={t('popup_never_run')} detail={site} checked={disabled} onChange={actions.setSiteDisabled} />;
}

function ArticleScreen({ report, site, display, copy, actions }: { report: ArticleReport; site: string | null; display: PopupDisplay | null; copy: CopyState; actions: PopupActions }) {
  const [tab, setTab] = useState<'flagged' | 'sources'>('flagged');
  const flagged = flaggedSentences(report.sentences);
  const locale = uiLocale();
  const title = report.title?.trim() || t('popup_untitled');
  return (
    <>
      <section class="uns-verdict" aria-labelledby="uns-verdict">
        <h1 class="uns-verdict__line" id="uns-verdict">
          {verdict(report.totals)}
        </h1>
        <p class="uns-verdict__article" title={title}>
          <span class="uns-verdict__host">{hostOf(report.url)}</span> · {title}
        </p>
        <ClaimKey totals={report.totals} />
      </section>

      {display && (
        <DisplayChoice
          mode={display.mode}
          onChange={actions.setDisplay}
          site={site ? { name: site, own: display.siteOwn, onOwnChange: actions.setSiteOwnDisplay } : undefined}
        />
      )}

      {(report.truncated || report.unsupportedLanguage) && (
        <div class="uns-notes">
          {report.truncated && <Note text={t('popup_too_large', [formatCount(report.truncated.analysedBlocks, locale), formatCount(report.truncated.totalBlocks, locale)])} />}
          {report.unsupportedLanguage && <Note text={t('popup_unsupported_language')} />}
        </div>
      )}

      <Tabs
        tabs={[
          { key: 'flagged', label: t('popup_tab_flagged'), count: flagged.length },
          { key: 'sources', label: t('popup_tab_sources'), count: report.sources.length },
        ]}
        selected={tab}
        onSelect={setTab}
      >
        {tab === 'flagged' ? (
          flagged.length === 0 ? (
            <p class="uns-empty-line">
              <Icon name="check" size={16} />
              {t('popup_flagged_empty')}
            </p>
          ) : (
            <>
              <p class="uns-panel-hint">{t('popup_flagged_hint')}</p>
              <ClaimList sentences={flagged} onSelect={actions.scrollTo} />
            </>
          )
        ) : (
          <SourceList sources={report.sources} />
        )}
      </Tabs>

      <footer class="uns-popup__footer">
        <button type="button" class="uns-button" data-copy={copy} onClick={actions.copyReport}>
          <Icon name={copy === 'copied' ? 'check' : 'copy'} size={16} />
          {t('popup_copy')}
        </button>
        <span class="uns-copy-status" role="status" data-copy={copy}>
          {copy === 'copied' ? t('popup_copied') : copy === 'failed' ? t('popup_copy_failed') : ''}
        </span>
        {/* the site is named just above ("Just for …"): one line here */}
        {site && <Switch label={t('popup_never_run')} checked={false} onChange={actions.setSiteDisabled} />}
      </footer>
    </>
  );
}

function Note({ text }: { text: string }) {
  return (
    <p class="uns-note">
      <Icon name="info" size={16} />
      <span>{text}</span>
    </p>
  );
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}
