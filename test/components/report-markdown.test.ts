import { afterEach, describe, expect, test, vi } from 'vitest';
import { reportMarkdown } from '../../components/report-markdown';
import { CLEAN_ARTICLE, EN_ARTICLE, FR_ARTICLE, NO_CLAIMS } from './sample-reports';
import { useLocale } from './use-locale';

afterEach(() => vi.restoreAllMocks());

/** French typography puts no-break spaces before « : » and inside guillemets; compared as plain spaces. */
const plain = (text: string) => text.replace(/[\u00A0\u202F]/g, ' ');

describe('reportMarkdown in English', () => {
  const md = reportMarkdown(EN_ARTICLE);
  const lines = md.split('\n');

  test('title, address, score with its meaning', () => {
    expect(lines[0]).toBe('# Velmora floods: dam gates opened as rivers rise');
    expect(md).toContain('<https://www.wire.example.com/world/2024/dam-floods>');
    expect(plain(md)).toContain('**Sourcing score: 33%** · Claims with a named source: 2 of 6');
    expect(md).toContain('Poorly sourced: most claims name no one you could check.');
  });

  test('a table of the four labels with counts and shares', () => {
    expect(md).toContain('| Label | Claims | Share |');
    expect(md).toContain('| Named source | 2 | 33% |');
    expect(md).toContain('| Vague source | 2 | 33% |');
    expect(md).toContain('| Unconfirmed | 1 | 17% |');
    expect(md).toContain('| No source | 1 | 17% |');
    expect(md).toContain('| **All claims** | **6** | 100% |');
  });

  test('sources by kind with their counts', () => {
    expect(md).toContain('- **Named**: Irena Malkovic (2)');
    expect(md).toContain('- **Anonymous**: Officials (1), People familiar with the matter (1)');
  });

  test('the outlet’s links to its own stories are listed apart, after the other sources', () => {
    const sources = [...EN_ARTICLE.sources, { name: 'wire.example.com', kind: 'named' as const, outlet: true as const, mentions: 3 }];
    const lines = reportMarkdown({ ...EN_ARTICLE, sources }).split('\n');
    const at = (prefix: string) => lines.findIndex((l) => l.startsWith(prefix));
    expect(lines[at('- **Named**')]).toBe('- **Named**: Irena Malkovic (2)');
    expect(lines[at('- **This outlet’s earlier reporting**')]).toBe('- **This outlet’s earlier reporting**: wire.example.com (3)');
    expect(at('- **Anonymous**')).toBeLessThan(at('- **This outlet’s earlier reporting**'));
  });

  test('the claims to check, in reading order, each with why', () => {
    expect(md).toContain('## Claims to check (4)');
    const items = lines.filter((l) => /^\d+\. /.test(l));
    expect(items.map((l) => l.slice(0, 22))).toEqual(['1. **Vague source**: O', '2. **Unconfirmed**: Lo', '3. **Vague source**: P', '4. **No source**: The ']);
    expect(md).toContain('   - Presented as reported or uncertain (“reportedly”), with no source.');
    expect(md).toContain('   - Source: Officials — anonymous');
  });

  test('page text cannot inject Markdown', () => {
    expect(md).toContain('Looters reportedly broke into \\*several\\* shops');
    expect(md).toContain('holds \\| 900 million');
  });

  test('attributed claims are not listed', () => {
    expect(md).not.toContain('We had no choice');
  });
});

describe('reportMarkdown edge cases', () => {
  test('every claim sourced', () => {
    const md = reportMarkdown(CLEAN_ARTICLE);
    expect(md).toContain('**Sourcing score: 100%**');
    expect(md).toContain('## Claims to check (0)\n\n_Every claim names its source._');
  });

  test('no claims, no title, no sources', () => {
    const md = reportMarkdown(NO_CLAIMS);
    expect(md.split('\n')[0]).toBe('# Untitled article');
    expect(md).toContain('No claims to score on this page.');
    expect(md).not.toContain('Sourcing score');
    expect(md).toContain('| **All claims** | **0** | – |');
    expect(md).toContain('_No source is cited._');
  });

  test('a partial analysis and an unsupported language are noted', () => {
    const md = reportMarkdown({ ...EN_ARTICLE, truncated: { analysedBlocks: 200, totalBlocks: 340 }, unsupportedLanguage: true });
    expect(md).toContain('> Only the first 200 of 340 paragraphs were analysed.');
    expect(md).toContain('> Unsourced has no rules for this language yet: English rules were used.');
  });
});

describe('reportMarkdown in French', () => {
  test('every heading, label and reason in French', () => {
    useLocale('fr');
    const md = plain(reportMarkdown(FR_ARTICLE));
    expect(md).toContain('**Indice de sourçage : 25 %** · Affirmations dont la source est nommée : 1 sur 4');
    expect(md).toContain('| Étiquette | Affirmations | Part |');
    expect(md).toContain('| Sans source | 1 | 25 % |');
    expect(md).toContain('- **Anonymes** : une source militaire (1)');
    expect(md).toContain('## Affirmations à vérifier (3)');
    expect(md).toContain('1. **Source vague** : Deux personnes sont portées disparues');
    expect(md).toContain('   - Al-Masdar News ne fait que relayer une source anonyme (« une source militaire »).');
    expect(md).toContain('   - Source : une source militaire — anonyme');
    expect(md).toContain('_Étiqueté automatiquement par Unsourced');
  });
});
