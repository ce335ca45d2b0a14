// @vitest-environment jsdom
import './jsdom-text-encoder';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { PopupStatus } from '../../components/popup-status';
import { PopupView, type CopyState, type PopupActions, type PopupDisplay } from '../../components/PopupView';
import { CLEAN_ARTICLE, EN_ARTICLE, FR_ARTICLE, NO_CLAIMS } from './sample-reports';
import { useLocale } from './use-locale';

let root: HTMLElement;
let actions: { [K in keyof PopupActions]: ReturnType<typeof vi.fn> };

beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
  actions = { run: vi.fn(), scrollTo: vi.fn(), setDisplay: vi.fn(), setSiteOwnDisplay: vi.fn(), setSiteDisabled: vi.fn(), copyReport: vi.fn(), openOptions: vi.fn(), reloadTab: vi.fn() };
});

afterEach(() => {
  render(null, root);
  root.remove();
  vi.restoreAllMocks();
});

function show(status: PopupStatus, copy: CopyState = 'idle', site: string | null = 'wire.example.com', display: PopupDisplay | null = { mode: 'all', siteOwn: false }) {
  act(() => render(<PopupView status={status} site={site} display={display} copy={copy} actions={actions as unknown as PopupActions} />, root));
  return root.querySelector<HTMLElement>('.uns-popup')!;
}

const text = (el: Element | null | undefined) => el?.textContent?.replace(/[\u00A0\u202F]/g, ' ').trim() ?? null;
const $ = <E extends HTMLElement = HTMLElement>(selector: string) => root.querySelector<E>(selector);
const $$ = <E extends HTMLElement = HTMLElement>(selector: string) => [...root.querySelectorAll<E>(selector)];

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
    expect($('.uns-verdict')).toBeNull();
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
  test('the verdict first, in the badge tooltip’s words, then where the article comes from', () => {
    show({ kind: 'article', report: EN_ARTICLE });
    // unattributed 1 + hedged 1: the badge's number
    expect(text($('h1'))).toBe('2 of 6 claims have no source');
    expect(text($('.uns-verdict__article'))).toBe('wire.example.com · Velmora floods: dam gates opened as rivers rise');
    expect($('.uns-verdict__article')?.title).toBe('Velmora floods: dam gates opened as rivers rise');
  });

  test('the key: each label’s name drawn as the page marks it, with its count', () => {
    show({ kind: 'article', report: EN_ARTICLE });
    const items = $$('.uns-key__item');
    expect(items.map(text)).toEqual(['Named source2', 'Vague source2', 'Unconfirmed1', 'No source1']);
    expect(items.map((item) => item.querySelector('.uns-mark')?.getAttribute('data-label'))).toEqual(['attributed', 'vague', 'hedged', 'unattributed']);
    expect($('.uns-key')?.getAttribute('aria-label')).toBe('Key: how the page marks each kind of claim');
  });

  test('three-digit counts and their verdict', () => {
    const totals = { sentences: 1200, claims: 999, attributed: 120, vague: 130, hedged: 249, unattributed: 500 };
    show({ kind: 'article', report: { ...EN_ARTICLE, totals } });
    expect(text($('h1'))).toBe('749 of 999 claims have no source');
    expect($$('.uns-key__count').map(text)).toEqual(['120', '130', '249', '500']);
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
    // named "Sources" (the count hidden from the name), the count is its description
    expect(sourcesTab!.querySelector('[aria-hidden=true]')?.textContent).toBe('3');
    expect(text(sourcesTab!.querySelector('.uns-tabs__label'))).toBe('Sources');
    expect(text(document.getElementById(sourcesTab!.getAttribute('aria-describedby')!))).toBe('3');
    expect(flaggedTab!.getAttribute('aria-selected')).toBe('true');
    act(() => sourcesTab!.click());
    expect(sourcesTab!.getAttribute('aria-selected')).toBe('true');
    expect($$('.uns-sources__group').map((g) => g.dataset.kind)).toEqual(['named', 'anonymous']);
    expect($$('.uns-source').map(text)).toEqual(['Irena Malkovic2', 'Officials1', 'People familiar with the matter1']);
    expect($('.uns-source__count')?.getAttribute('aria-label')).toBe('Claims: 2');
  });

  test('the outlet’s links to its own stories come last, in a group of their own', () => {
    const sources = [{ name: 'wire.example.com', kind: 'named' as const, outlet: true as const, mentions: 3 }, ...EN_ARTICLE.sources];
    show({ kind: 'article', report: { ...EN_ARTICLE, sources } });
    act(() => $$('[role=tab]')[1]!.click());
    expect($$('.uns-sources__group').map((g) => g.dataset.kind)).toEqual(['named', 'anonymous', 'outlet']);
    expect($$('.uns-sources__title').map(text)).toEqual(['Named 1', 'Anonymous 2', 'This outlet’s earlier reporting 1']);
    expect(text($$('.uns-sources__group')[2]!.querySelector('.uns-source'))).toBe('wire.example.com3');
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

  test('what the page shows: three choices, and this site’s own choice', () => {
    show({ kind: 'article', report: EN_ARTICLE });
    const group = $('[role=radiogroup]')!;
    expect(text(document.getElementById(group.getAttribute('aria-labelledby')!))).toBe('Mark on the page');
    const radios = [...group.querySelectorAll<HTMLInputElement>('input[type=radio]')];
    expect(radios.map((r) => [text(r.closest('label')), r.checked])).toEqual([
      ['Everything', true],
      ['Vague and unconfirmed', false],
      ['Nothing', false],
    ]);
    radios[1]!.click();
    expect(actions.setDisplay).toHaveBeenCalledWith('vague-hedged');
    const own = $<HTMLInputElement>('.uns-display__site input')!;
    expect(text(own.closest('label'))).toBe('Just for wire.example.com');
    expect(own.checked).toBe(false);
    own.click();
    expect(actions.setSiteOwnDisplay).toHaveBeenCalledWith(true);

    show({ kind: 'article', report: EN_ARTICLE }, 'idle', 'wire.example.com', { mode: 'none', siteOwn: true });
    expect($$<HTMLInputElement>('[role=radiogroup] input').map((r) => r.checked)).toEqual([false, false, true]);
    expect($<HTMLInputElement>('.uns-display__site input')!.checked).toBe(true);
  });

  test('no display choice before the settings are read; no "Just for" without a site', () => {
    show({ kind: 'article', report: EN_ARTICLE }, 'idle', 'wire.example.com', null);
    expect($('[role=radiogroup]')).toBeNull();
    show({ kind: 'article', report: EN_ARTICLE }, 'idle', null);
    expect($('[role=radiogroup]')).not.toBeNull();
    expect($('.uns-display__site')).toBeNull();
  });

  test('never run on this site', () => {
    show({ kind: 'article', report: EN_ARTICLE });
    const [site] = $$('input[role=switch]') as HTMLInputElement[];
    expect(site!.checked).toBe(false);
    expect(text(document.getElementById(site!.getAttribute('aria-labelledby')!))).toBe('Never run on this site');
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

  test('every claim sourced: said so, and nothing to check', () => {
    show({ kind: 'article', report: CLEAN_ARTICLE });
    expect(text($('h1'))).toBe('Every claim has a source');
    expect($$('.uns-claim')).toHaveLength(0);
    expect(text($('.uns-empty-line'))).toBe('Every claim names its source.');
  });

  test('no claims at all', () => {
    show({ kind: 'article', report: NO_CLAIMS });
    expect(text($('h1'))).toBe('No claim to check in this article');
    expect(text($('.uns-verdict__article'))).toBe('wire.example.com · Untitled article');
    expect($$('.uns-key__count').map(text)).toEqual(['0', '0', '0', '0']);
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
    expect(text($('h1'))).toBe('2 affirmations sur 4 n’ont pas de source');
    expect($$('.uns-key__item').map(text)).toEqual(['Source nommée1', 'Source vague1', 'Non confirmée1', 'Sans source1']);
    expect($$('[role=radiogroup] label').map(text)).toEqual(['Tout', 'Vagues et non confirmées', 'Rien']);
    expect(text($('.uns-display__site'))).toBe('Pour depeche.example.fr seulement');
    expect($$('.uns-switch-row__label').map(text)).toEqual(['Ne jamais analyser ce site']);
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
