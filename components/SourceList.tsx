import { useState } from 'preact/hooks';
import type { SourceEntry, SourceKind } from '../analyzer/types';
import { t } from './i18n';

/** Sources shown per kind before "Show all". */
const FIRST = 6;

/** The sources an article cites, named then anonymous, each with the number of claims it stands behind. */
export function SourceList({ sources }: { sources: readonly SourceEntry[] }) {
  if (sources.length === 0) return <p class="uns-empty-line">{t('popup_sources_none')}</p>;
  return (
    <div class="uns-sources">
      <SourceGroup kind="named" sources={sources.filter((s) => s.kind === 'named')} />
      <SourceGroup kind="anonymous" sources={sources.filter((s) => s.kind === 'anonymous')} />
    </div>
  );
}

function SourceGroup({ kind, sources }: { kind: SourceKind; sources: SourceEntry[] }) {
  const [all, setAll] = useState(false);
  if (sources.length === 0) return null;
  const shown = all ? sources : sources.slice(0, FIRST);
  const title = t(kind === 'named' ? 'popup_sources_named' : 'popup_sources_anonymous');
  return (
    <section class="uns-sources__group" data-kind={kind}>
      <h3 class="uns-sources__title">
        {title} <span class="uns-count">{sources.length}</span>
      </h3>
      <ul class="uns-sources__list">
        {shown.map((s) => (
          <li key={s.name} class="uns-source">
            <span class="uns-source__name" title={s.name}>
              {s.name}
            </span>
            <span class="uns-source__count" aria-label={t('popup_mentions', [s.mentions])}>
              {s.mentions}
            </span>
          </li>
        ))}
      </ul>
      {shown.length < sources.length && (
        <button type="button" class="uns-link-button" onClick={() => setAll(true)}>
          {t('popup_show_all', [sources.length])}
        </button>
      )}
    </section>
  );
}
