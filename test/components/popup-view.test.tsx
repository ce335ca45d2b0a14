// @vitest-environment jsdom
import './jsdom-text-encoder';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { PopupStatus } from '../../components/popup-status';
import { PopupView, type CopyState, type PopupActions } from '../../components/PopupView';
import { CLEAN_ARTICLE, EN_ARTICLE, FR_ARTICLE, NO_CLAIMS } from './sample-reports';
import { useLocale } from './use-locale';

let root: HTMLElement;
let actions: { [K in keyof PopupActions]: ReturnType<typeof vi.fn> };

beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
  actions = { run: vi.fn(), scrollTo: vi.fn(), setHighlightsVisible: vi.fn(), setSiteDisabled: vi.fn(), copyReport: vi.fn(), openOptions: vi.fn(), reloadTab: vi.fn() };
});

afterEach(() => {
  render(null, root);
  root.remove();
  vi.restoreAllMocks();
});

function show(status: PopupStatus, copy: CopyState = 'idle', site: string | null = 'wire.example.com') {
  act(() => render(<PopupView status={status} site={site} copy={copy} actions={actions as unknown as PopupActions} />, root));
  return root.querySelector<HTMLElement>('.uns-popup')!;
}

const text = (el: Element | null | undefined) => el?.textContent?.replace(/[\u00A0\u202F]/g, ' ').trim() ?? null;
const $ = (selector: string) => root.querySelector<HTMLElement>(selector);
const $$ = (selector: string) => [...root.querySelectorAll<HTMLElement>(selector)];

describe('the states with nothing to sum up', () => {
  test.each([
    [{ kind: 'loading' }, 'Reading this tab…', null],
    [{ kind: 'analysing' }, 'Analysing…', null],
    [{ kind: 'browser-page' }, 'Extensions can’t run on this page', null],
    [{ kind: 'reload' }, 'Reload to analyse this page', 'Reload page'],
    [{ kind: 'unreachable' }, 'Unsourced can’t see this page', 'Reload page'],
    [{ kind: 'waiting' }, 'Waiting: auto-run is off', 'Analyse this page'],
    [{ kind: 'site-disabled', site: 'wire.example.com' }, 'Unsourced is off on this site', 'Turn it back on'],
    [{ kind: 'not-article', reason: 'too-short' }, 'Not an article', null],
  ] as [PopupStatus, string, string | null][])('%j', (status, title, button) => {
    const popup = show(status);
    expect(popup.dataset.status).toBe(status.kind);
    expect(text($('h1'))).toBe(title);
    expect(text($('.uns-state .uns-button'))).toBe(button);
    expect($('.uns-summary')).toBeNull();
    expect($('.uns-popup__footer')).toBeNull();
  });

  test('busy states say so to assistive technology', () => {
    show({ kind: 'analysing' });
    expect($('.uns-state')?.getAttribute('aria-busy')).toBe('true');
  });

  test('not an article gives the reason in words', () => {
    show({ kind: 'not-article', reason: 'too-short' });
    expect(text($('.uns-state__text'))).toBe('The main content of this page is too short to be an article.');
    show({ kind: 'not-article', reason: 'too-many-elements' });
    expect(text($('.uns-state__text'))).toBe('This page is too large to analyse.');
    show({ kind: 'not-article', reason: 'something-new' });
    expect(text($('.uns-state__text'))).toBe('This page does not look like a news article.');
  });

  test('each button does its one thing', () => {
    show({ kind: 'waiting' });
    $('.uns-state .uns-button')!.click();
    expect(actions.run).toHaveBeenCalledOnce();

    show({ kind: 'site-disabled', site: 'wire.example.com' });
    expect(text($('.uns-state__text'))).toBe('You chose never to run it on wire.example.com.');
    $('.uns-state .uns-button')!.click();
    expect(actions.setSiteDisabled).toHaveBeenCalledWith(false);

    show({ kind: 'reload' });
    $('.uns-state .uns-button')!.click();
    expect(actions.reloadTab).toHaveBeenCalledOnce();
  });

  test('the settings button is always there, with a name', () => {
    show({ kind: 'browser-page' }, 'idle', null);
    const settings = $('.uns-popup__header button')!;
    expect(settings.getAttribute('aria-label')).toBe('Settings');
    settings.click();
    expect(actions.openOptions).toHaveBeenCalledOnce();
  });
});

describe('an article', () => {
  test('title, host, score and its meaning', () => {
    show({ kind: 'article', report: EN_ARTICLE });
    expect(text($('.uns-article__title'))).toBe('Velmora floods: dam gates opened as rivers rise');
    expect(text($('.uns-article__host'))).toBe('wire.example.com');
    expect(text($('.uns-ring__text'))).toBe('33%');
    expect($('.uns-ring')?.dataset.tier).toBe('low');
    expect(text($('.uns-score__tier'))).toBe('Poorly sourced');
    expect($('.uns-score__tier')?.title).toBe('Poorly sourced: most claims name no one you could check.');
    expect(text($('.uns-score__count'))).toBe('Claims with a named source: 2 of 6');
    expect(text($('.uns-labelbar__caption'))).toBe('Claims: 6');
  });

  test('the bar: one textured segment per label present, sized by count, described in words', () => {
    show({ kind: 'article', report: EN_ARTICLE });
    const segments = $$('.uns-bar__segment');
    expect(segments.map((s) => [s.dataset.label, s.style.flexGrow])).toEqual([['attributed', '2'], ['vague', '2'], ['hedged', '1'], ['unattributed', '1']]);
    expect($('.uns-bar')?.getAttribute('role')).toBe('img');
    expect($('.uns-bar')?.getAttribute('aria-label')).toBe('Claims by label: Named source 2, Vague source 2, Unconfirmed 1, No source 1');
    expect($$('.uns-legend__item').map(text)).toEqual(['Named source2', 'Vague source2', 'Unconfirmed1', 'No source1']);
  });

  test('the claims to check, in reading order; choosing one scrolls the page to it', () => {
    show({ kind: 'article', report: EN_ARTICLE });
    const claims = $$('.uns-claim');
    expect(claims.map((c) => c.dataset.id)).toEqual(['4', '5', '6', '7']);
    expect(claims.map((c) => text(c.querySelector('.uns-claim__label')))).toEqual(['Vague source', 'Unconfirmed', 'Vague source', 'No source']);
    expect(claims.every((c) => c.tagName === 'BUTTON')).toBe(true);
    claims[2]!.click();
    expect(actions.scrollTo).toHaveBeenCalledWith(6);
  });

  test('the sources tab lists named then anonymous sources with counts', () => {
    show({ kind: 'article', report: EN_ARTICLE });
    const [flaggedTab, sourcesTab] = $$('[role=tab]');
    expect(text(flaggedTab)).toBe('To check4');
    // named "Sources", the count is its description
    expect(sourcesTab!.getAttribute('aria-label')).toBe('Sources');
    expect(text(document.getElementById(sourcesTab!.getAttribute('aria-describedby')!))).toBe('3');
    expect(flaggedTab!.getAttribute('aria-selected')).toBe('true');
    act(() => sourcesTab!.click());
    expect(sourcesTab!.getAttribute('aria-selected')).toBe('true');
    expect($$('.uns-sources__group').map((g) => g.dataset.kind)).toEqual(['named', 'anonymous']);
    expect($$('.uns-source').map(text)).toEqual(['Irena Malkovic2', 'Officials1', 'People familiar with the matter1']);
    expect($('.uns-source__count')?.getAttribute('aria-label')).toBe('Claims: 2');
  });

  test('arrow keys move between tabs', () => {
    show({ kind: 'article', report: EN_ARTICLE });
    const list = $('[role=tablist]')!;
    act(() => {
      list.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    });
    expect($('[role=tab][aria-selected=true]')?.dataset.key).toBe('sources');
    expect(document.activeElement).toBe($('[role=tab][aria-selected=true]'));
    act(() => {
      list.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    });
    expect($('[role=tab][aria-selected=true]')?.dataset.key).toBe('flagged');
  });

  test('the switches', () => {
    show({ kind: 'article', report: EN_ARTICLE });
    const [highlights, site] = $$('input[role=switch]') as HTMLInputElement[];
    expect(highlights!.checked).toBe(true);
    expect(site!.checked).toBe(false);
    expect(text(site!.closest('label'))).toBe('Never run on this sitewire.example.com');
    // the switch's name is its label alone, the host its description
    expect(text(document.getElementById(site!.getAttribute('aria-labelledby')!))).toBe('Never run on this site');
    expect(text(document.getElementById(site!.getAttribute('aria-describedby')!))).toBe('wire.example.com');
    highlights!.click();
    expect(actions.setHighlightsVisible).toHaveBeenCalledWith(false);
    site!.click();
    expect(actions.setSiteDisabled).toHaveBeenCalledWith(true);
  });

  test('copy report, then its confirmation', () => {
    show({ kind: 'article', report: EN_ARTICLE });
    const button = $('.uns-popup__footer .uns-button')!;
    expect(text(button)).toBe('Copy report');
    expect(text($('[role=status]'))).toBe('');
    button.click();
    expect(actions.copyReport).toHaveBeenCalledOnce();
    show({ kind: 'article', report: EN_ARTICLE }, 'copied');
    expect(text($('[role=status]'))).toBe('Copied');
    show({ kind: 'article', report: EN_ARTICLE }, 'failed');
    expect(text($('[role=status]'))).toBe('Could not copy');
  });

  test('every claim sourced: a high score and nothing to check', () => {
    show({ kind: 'article', report: CLEAN_ARTICLE });
    expect(text($('.uns-ring__text'))).toBe('100%');
    expect($('.uns-ring')?.dataset.tier).toBe('high');
    expect($$('.uns-claim')).toHaveLength(0);
    expect(text($('.uns-empty-line'))).toBe('Every claim names its source.');
  });

  test('no claims at all: no score, no bar', () => {
    show({ kind: 'article', report: NO_CLAIMS });
    expect(text($('.uns-article__title'))).toBe('Untitled article');
    expect(text($('.uns-ring__text'))).toBe('–');
    expect(text($('.uns-score__tier'))).toBe('Nothing to score');
    expect(text($('.uns-score__count'))).toBe('No claims to score on this page.');
    expect(text($('.uns-labelbar__caption'))).toBe('Claims: 0');
    expect($('.uns-bar')).toBeNull();
  });

  test('a very long article: the counts written the English way', () => {
    show({ kind: 'article', report: { ...EN_ARTICLE, truncated: { analysedBlocks: 1500, totalBlocks: 20000 } } });
    expect(text($('.uns-note'))).toBe('Article too large: only the first 1,500 of 20,000 paragraphs were analysed.');
  });

  test('notes for a partial analysis and an unsupported language', () => {
    show({ kind: 'article', report: { ...EN_ARTICLE, truncated: { analysedBlocks: 200, totalBlocks: 340 }, unsupportedLanguage: true } });
    expect($$('.uns-note').map(text)).toEqual(['Article too large: only the first 200 of 340 paragraphs were analysed.', 'Unsourced has no rules for this language yet: English rules were used.']);
  });
});

describe('in French', () => {
  test('an article', () => {
    useLocale('fr');
    const popup = show({ kind: 'article', report: FR_ARTICLE }, 'idle', 'depeche.example.fr');
    expect(popup.lang).toBe('fr');
    expect(text($('.uns-ring__text'))).toBe('25 %');
    expect(text($('.uns-score__label'))).toBe('Indice de sourçage');
    expect(text($('.uns-score__tier'))).toBe('Peu sourcé');
    expect(text($('.uns-score__count'))).toBe('Affirmations dont la source est nommée : 1 sur 4');
    expect($$('.uns-legend__item').map(text)).toEqual(['Source nommée1', 'Source vague1', 'Non confirmé1', 'Sans source1']);
    expect($$('.uns-switch-row__label').map(text)).toEqual(['Afficher les surlignages sur cette page', 'Ne jamais analyser ce site']);
    expect(text($('.uns-popup__footer .uns-button'))).toBe('Copier le rapport');
  });

  test('the states', () => {
    useLocale('fr');
    show({ kind: 'waiting' });
    expect(text($('h1'))).toBe('En attente : l’analyse automatique est désactivée');
    expect(text($('.uns-state .uns-button'))).toBe('Analyser cette page');
    show({ kind: 'browser-page' });
    expect(text($('h1'))).toBe('Les extensions ne peuvent pas fonctionner sur cette page');
    show({ kind: 'not-article', reason: 'not-readable' });
    expect(text($('h1'))).toBe('Pas un article');
    show({ kind: 'site-disabled', site: 'depeche.example.fr' });
    expect(text($('.uns-state__text'))).toBe('Vous avez choisi de ne jamais l’utiliser sur depeche.example.fr.');
  });

  test('a very long article: the counts written the French way', () => {
    useLocale('fr');
    show({ kind: 'article', report: { ...FR_ARTICLE, truncated: { analysedBlocks: 1500, totalBlocks: 20000 } } });
    expect(text($('.uns-note'))).toBe('Article trop long : seuls les 1 500 premiers paragraphes sur 20 000 ont été analysés.');
  });
});
