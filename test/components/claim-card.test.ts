// @vitest-environment jsdom
import './jsdom-text-encoder';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { claimCard, type ClaimCardProps } from '../../components/claim-card';
import { useLocale } from './use-locale';

function card(props: ClaimCardProps): HTMLElement {
  return claimCard(props);
}

const text = (el: Element | null | undefined) => el?.textContent?.replace(/\u00A0/g, ' ') ?? null;

afterEach(() => vi.restoreAllMocks());

describe('claimCard in English', () => {
  test('an unattributed claim: label, reason, hint, no source', () => {
    const el = card({ label: 'unattributed', reasons: [{ code: 'no-source' }], source: null, id: 'claim-3' });
    expect(el.getAttribute('role')).toBe('tooltip');
    expect(el.id).toBe('claim-3');
    expect(el.lang).toBe('en');
    expect(el.dataset.label).toBe('unattributed');
    expect(text(el.querySelector('.uns-card__label'))).toBe('No source');
    expect(text(el.querySelector('.uns-card__reason'))).toMatch(/^Stated as fact with no source/);
    expect(el.querySelector('.uns-card__source')).toBeNull();
    expect(text(el.querySelector('.uns-card__hint'))).toBe('Who says so? Look for a named person, document or link.');
    // the header is the key: the label's name marked as the page marks the claim, and nothing after it
    const head = el.querySelector('.uns-card__head');
    expect(head?.querySelector('.uns-mark')?.getAttribute('data-label')).toBe('unattributed');
    expect(text(head)).toBe('No source');
  });

  test('a vague claim lists each reason and shows the anonymous source', () => {
    const el = card({
      label: 'vague',
      reasons: [{ code: 'reporting-verb', cue: 'said' }, { code: 'anonymous-source', cue: 'said' }],
      source: { name: 'People familiar with the matter', kind: 'anonymous' },
    });
    expect([...el.querySelectorAll('.uns-card__reasons li')].map(text)).toEqual([
      'A reporting verb says who is speaking (“said”).',
      'The source is not named (“People familiar with the matter”): you cannot check who says so.',
    ]);
    expect(text(el.querySelector('.uns-card__source'))).toBe('SourcePeople familiar with the matter — anonymous');
    expect(text(el.querySelector('.uns-card__label'))).toBe('Vague source');
  });

  test('two reasons that read the same are shown once', () => {
    const el = card({ label: 'hedged', reasons: [{ code: 'hedge', cue: 'reportedly' }, { code: 'hedge', cue: 'reportedly' }], source: null });
    expect(el.querySelectorAll('li')).toHaveLength(0);
    expect(text(el.querySelector('.uns-card__reason'))).toBe('Presented as reported or uncertain (“reportedly”), with no source.');
  });
});

describe('claimCard in French', () => {
  test('a hedged claim with a reportive conditional', () => {
    useLocale('fr');
    const el = card({ label: 'hedged', reasons: [{ code: 'reportive-conditional', cue: 'auraient fui' }], source: null });
    expect(el.lang).toBe('fr');
    expect(text(el.querySelector('.uns-card__label'))).toBe('Non confirmée');
    expect(text(el.querySelector('.uns-card__reason'))).toBe('Conditionnel journalistique (« auraient fui ») : rapporté sans source.');
    expect(text(el.querySelector('.uns-card__hint'))).toBe('Rapporté par qui ? Cherchez qui l’a confirmé avant de vous y fier.');
  });

  test('rule 2: an outlet relaying a military source', () => {
    useLocale('fr');
    const el = card({
      label: 'vague',
      reasons: [{ code: 'outlet-relays-anonymous', cue: 'Al-Masdar News' }, { code: 'reporting-verb', cue: 'a déclaré' }],
      source: { name: 'une source militaire', kind: 'anonymous' },
    });
    expect([...el.querySelectorAll('li')].map(text)).toEqual([
      'Al-Masdar News ne fait que relayer une source anonyme (« une source militaire »).',
      'Un verbe de parole indique qui s’exprime (« a déclaré »).',
    ]);
    expect(text(el.querySelector('.uns-card__value'))).toBe('une source militaire — anonyme');
  });

  test('an attributed claim names its source', () => {
    useLocale('fr');
    const el = card({ label: 'attributed', reasons: [{ code: 'according-to', cue: 'Selon la protection civile régionale' }], source: { name: 'la protection civile régionale', kind: 'named' } });
    expect(text(el.querySelector('.uns-card__label'))).toBe('Source nommée');
    expect(text(el.querySelector('.uns-card__value'))).toBe('la protection civile régionale — nommée');
  });
});

describe('page text in the card', () => {
  test('stays text: a cue or source that looks like HTML makes no element', () => {
    const el = card({
      label: 'vague',
      reasons: [{ code: 'reporting-verb', cue: '<img src=x onerror=alert(1)>' }],
      source: { name: '<b>officials</b>', kind: 'anonymous' },
    });
    expect(el.querySelector('img, b')).toBeNull();
    expect(text(el.querySelector('.uns-card__reason'))).toContain('<img src=x onerror=alert(1)>');
    expect(text(el.querySelector('.uns-card__value'))).toBe('<b>officials</b> — anonymous');
  });

  test('no id unless one is given; a list of reasons has its accessible name', () => {
    const el = card({ label: 'vague', reasons: [{ code: 'reporting-verb', cue: 'said' }, { code: 'anonymous-source', cue: 'said' }], source: null });
    expect(el.hasAttribute('id')).toBe(false);
    expect(el.querySelector('.uns-card__reasons')?.getAttribute('aria-label')).toBe('Why');
  });
});
