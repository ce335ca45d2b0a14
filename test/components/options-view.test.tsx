// @vitest-environment jsdom
import './jsdom-text-encoder';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { OptionsView } from '../../components/OptionsView';
import { DEFAULT_SETTINGS, type Settings } from '../../settings/settings';
import { useLocale } from './use-locale';

let root: HTMLElement;
let onChange: ReturnType<typeof vi.fn<(s: Settings) => void>>;

beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
  onChange = vi.fn<(s: Settings) => void>();
});

afterEach(() => {
  render(null, root);
  root.remove();
  vi.restoreAllMocks();
});

function show(settings: Settings | null, saved = false) {
  act(() => render(<OptionsView settings={settings} saved={saved} onChange={onChange} />, root));
}

const text = (el: Element | null | undefined) => el?.textContent?.replace(/[\u00A0\u202F]/g, ' ').trim() ?? null;
const $ = <E extends HTMLElement = HTMLElement>(selector: string) => root.querySelector<E>(selector);
const $$ = <E extends HTMLElement = HTMLElement>(selector: string) => [...root.querySelectorAll<E>(selector)];

function type(input: HTMLInputElement, value: string) {
  act(() => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

describe('OptionsView', () => {
  test('nothing to edit before the settings are read', () => {
    show(null);
    expect(text($('h1'))).toBe('Unsourced settings');
    expect($$('input')).toHaveLength(0);
  });

  test('the four labels, attributed off by default', () => {
    show(DEFAULT_SETTINGS);
    const boxes = $$<HTMLInputElement>('input[type=checkbox]');
    expect(boxes.map((b) => [b.name, b.checked])).toEqual([
      ['highlight-unattributed', true],
      ['highlight-hedged', true],
      ['highlight-vague', true],
      ['highlight-attributed', false],
    ]);
    expect(text(boxes[0]!.closest('label'))).toBe('No sourceStated as fact, with no source at all.');
    // named by the label alone, described by its meaning
    expect(boxes.map((b) => text(document.getElementById(b.getAttribute('aria-labelledby')!)))).toEqual(['No source', 'Unconfirmed', 'Vague source', 'Named source']);
    expect(text(document.getElementById(boxes[0]!.getAttribute('aria-describedby')!))).toBe('Stated as fact, with no source at all.');
    act(() => boxes[3]!.click());
    expect(onChange).toHaveBeenLastCalledWith({ ...DEFAULT_SETTINGS, highlight: { ...DEFAULT_SETTINGS.highlight, attributed: true } });
  });

  test('what the page shows: everything by default, three choices, each described', () => {
    show(DEFAULT_SETTINGS);
    const radios = $$<HTMLInputElement>('input[name=display]');
    expect(radios.map((r) => [r.value, r.checked])).toEqual([
      ['all', true],
      ['vague-hedged', false],
      ['none', false],
    ]);
    expect(radios.map((r) => text(document.getElementById(r.getAttribute('aria-labelledby')!)))).toEqual(['Everything', 'Vague and unconfirmed', 'Nothing']);
    expect(text(document.getElementById(radios[2]!.getAttribute('aria-describedby')!))).toBe('No marks in the text; the badge and the popup still count.');
    expect(radios[0]!.closest('[role=radiogroup]')?.getAttribute('aria-labelledby')).toBe('uns-display-heading');
    act(() => radios[1]!.click());
    expect(onChange).toHaveBeenLastCalledWith({ ...DEFAULT_SETTINGS, display: 'vague-hedged' });
  });

  test('sites with their own display choice: listed, each with a named button back to the default', () => {
    show({ ...DEFAULT_SETTINGS, siteDisplay: { 'lemonde.fr': 'none', 'zeit.de': 'vague-hedged' } });
    const sites = $$('[aria-labelledby=uns-display-sites] .uns-site');
    expect(sites.map((li) => [text(li.querySelector('.uns-site__name')), text(li.querySelector('.uns-site__mode'))])).toEqual([
      ['lemonde.fr', 'Nothing'],
      ['zeit.de', 'Vague and unconfirmed'],
    ]);
    const back = sites[0]!.querySelector('button')!;
    expect(back.getAttribute('aria-label')).toBe('Use the default choice on lemonde.fr');
    act(() => back.click());
    expect(onChange).toHaveBeenLastCalledWith({ ...DEFAULT_SETTINGS, siteDisplay: { 'zeit.de': 'vague-hedged' } });
  });

  test('no list of sites while none has its own choice', () => {
    show(DEFAULT_SETTINGS);
    expect($('#uns-display-sites')).toBeNull();
  });

  test('the labels are drawn as the page marks them', () => {
    show(DEFAULT_SETTINGS);
    const marks = $$('input[type=checkbox]').map((box) => box.closest('label')?.querySelector('.uns-mark')?.getAttribute('data-label'));
    expect(marks).toEqual(['unattributed', 'hedged', 'vague', 'attributed']);
  });

  test('run automatically or only from the popup', () => {
    show(DEFAULT_SETTINGS);
    const [auto, manual] = $$<HTMLInputElement>('input[name=auto-run]');
    expect(auto!.checked).toBe(true);
    expect(text(document.getElementById(manual!.getAttribute('aria-labelledby')!))).toBe('Only when I open Unsourced');
    expect(auto!.closest('[role=radiogroup]')?.getAttribute('aria-labelledby')).toBe('uns-run-heading');
    act(() => manual!.click());
    expect(onChange).toHaveBeenLastCalledWith({ ...DEFAULT_SETTINGS, autoRun: false });
  });

  test('sites: listed in order, each with a named remove button', () => {
    show({ ...DEFAULT_SETTINGS, disabledSites: ['zeit.de', 'lemonde.fr'] });
    expect($$('.uns-site__name').map(text)).toEqual(['lemonde.fr', 'zeit.de']);
    const remove = $$('.uns-site button');
    expect(remove.map((b) => b.getAttribute('aria-label'))).toEqual(['Remove lemonde.fr', 'Remove zeit.de']);
    act(() => remove[1]!.click());
    expect(onChange).toHaveBeenLastCalledWith({ ...DEFAULT_SETTINGS, disabledSites: ['lemonde.fr'] });
  });

  test('no site yet', () => {
    show(DEFAULT_SETTINGS);
    expect(text($('.uns-sites-empty'))).toBe('No site yet: Unsourced runs everywhere.');
  });

  test('adding a site from an address', () => {
    show(DEFAULT_SETTINGS);
    const input = $<HTMLInputElement>('.uns-add-site input')!;
    expect(text($(`label[for="${input.id}"]`))).toBe('Add a site');
    type(input, 'https://www.lemonde.fr/international/article.html');
    act(() => {
      $('.uns-add-site')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
    expect(onChange).toHaveBeenLastCalledWith({ ...DEFAULT_SETTINGS, disabledSites: ['lemonde.fr'] });
    expect(input.value).toBe('');
  });

  test('a wrong entry is refused with a message tied to the field', () => {
    show({ ...DEFAULT_SETTINGS, disabledSites: ['lemonde.fr'] });
    const input = $<HTMLInputElement>('.uns-add-site input')!;
    type(input, 'hello world');
    act(() => {
      $('.uns-add-site')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
    expect(onChange).not.toHaveBeenCalled();
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const error = document.getElementById(input.getAttribute('aria-describedby')!);
    expect(text(error)).toBe('Enter a site such as example.com, or the address of one of its pages.');
    expect(error?.getAttribute('role')).toBe('alert');

    type(input, 'www.lemonde.fr');
    expect(input.getAttribute('aria-invalid')).toBeNull();
    act(() => {
      $('.uns-add-site')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
    expect(text($('.uns-field-error'))).toBe('lemonde.fr is already in the list.');
  });

  test('"Saved" after a change', () => {
    show(DEFAULT_SETTINGS, true);
    expect(text($('[role=status]'))).toBe('Saved');
  });

  test('in French', () => {
    useLocale('fr');
    show(DEFAULT_SETTINGS, true);
    expect(text($('h1'))).toBe('Réglages d’Unsourced');
    expect($$('h2').map(text)).toEqual(['Ce que la page affiche', 'Types d’affirmations à marquer', 'Quand analyser', 'Sites où Unsourced ne s’exécute jamais']);
    expect($$('input[name=display]').map((r) => text(r.closest('label')?.querySelector('.uns-choice__title')))).toEqual(['Tout', 'Vagues et non confirmées', 'Rien']);
    expect(text($('[role=status]'))).toBe('Enregistré');
    expect(text($$('input[type=checkbox]')[0]!.closest('label'))).toBe('Sans sourcePrésentée comme un fait, sans aucune source.');
  });
});
