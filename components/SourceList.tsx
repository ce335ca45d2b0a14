import { useState } from 'preact/hooks';
import type { SourceEntry } from '../analyzer/types';
import { t } from './i18n';
import { sourceGroups, type SourceGroupKey } from './source-groups';

/** Sources shown per kind before "Show all". */
const FIRST = 6;

/** The sources an article cites, named, anonymous, then the outlet's own stories, each with the number of claims it stands behind. */
export function SourceList({ sources }: { sources: readonly SourceEntry[] }) {
  if (sources.length === 0) return <p class="uns-empty-line">{t('popup_sources_none')}</p>;
  return (
    <div class="uns-sources">
      {sourceGroups(sources).map((g) => (
        <SourceGroup key={g.key} kind={g.key} title={t(g.titleKey)} sources={g.sources} />
      ))}
    </div>
  );
}

function SourceGroup({ kind, title, sources }: { kind: SourceGroupKey; title: string; sources: SourceEntry[] }) {
  const [all, setAll] = useState(false);
  const shown = all ? sources : sources.slice(0, FIRST);
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
