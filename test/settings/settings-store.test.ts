import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, type Settings } from '../../settings/settings';
import { getSettings, isSiteDisabled, setSiteDisabled, setSiteDisplay, updateSettings, watchSettings } from '../../settings/settings-store';
import { displayForSite } from '../../settings/display-for-site';

beforeEach(() => {
  fakeBrowser.reset();
});

const stored = async () => (await fakeBrowser.storage.sync.get('settings')).settings;

describe('getSettings', () => {
  test('the defaults when nothing is stored, as a copy', async () => {
    const settings = await getSettings();
    expect(settings).toEqual(DEFAULT_SETTINGS);
    settings.highlight.attributed = true;
    settings.disabledSites.push('example.com');
    expect(DEFAULT_SETTINGS.highlight.attributed).toBe(false);
    expect(DEFAULT_SETTINGS.disabledSites).toEqual([]);
  });

  test('completes what an older version stored, and drops what is wrong', async () => {
    await fakeBrowser.storage.sync.set({ settings: { highlight: { vague: false, attributed: 'yes' }, disabledSites: ['WWW.Example.com', 42, 'chrome://x', 'example.com'], theme: 'dark' } });
    expect(await getSettings()).toEqual({
      highlight: { unattributed: true, hedged: true, vague: false, attributed: false },
      display: 'all',
      siteDisplay: {},
      autoRun: true,
      disabledSites: ['example.com'],
    });
  });

  test('survives garbage', async () => {
    await fakeBrowser.storage.sync.set({ settings: 'garbage' });
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
  });
});

describe('updateSettings', () => {
  test('merges a patch, label by label, and stores it under sync:settings', async () => {
    await updateSettings({ highlight: { attributed: true } });
    const settings = await updateSettings({ autoRun: false });
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, highlight: { ...DEFAULT_SETTINGS.highlight, attributed: true }, autoRun: false });
    expect(await stored()).toEqual(settings);
  });

  test('normalises the sites it is given', async () => {
    const settings = await updateSettings({ disabledSites: ['https://www.b.org/x', 'A.com', 'a.com', 'nonsense here'] });
    expect(settings.disabledSites).toEqual(['a.com', 'b.org']);
  });

  test('two updates started together both land', async () => {
    await Promise.all([updateSettings({ autoRun: false }), updateSettings({ highlight: { hedged: false } })]);
    expect(await getSettings()).toMatchObject({ autoRun: false, highlight: { hedged: false } });
  });
});

describe('watchSettings', () => {
  test('calls back with complete settings on each change, until unwatched', async () => {
    const listener = vi.fn();
    const unwatch = watchSettings(listener);
    await updateSettings({ autoRun: false });
    expect(listener).toHaveBeenLastCalledWith({ ...DEFAULT_SETTINGS, autoRun: false });
    await fakeBrowser.storage.sync.set({ settings: { autoRun: true } }); // another version wrote a partial value
    expect(listener).toHaveBeenLastCalledWith(DEFAULT_SETTINGS);
    expect(listener).toHaveBeenCalledTimes(2);
    unwatch();
    await updateSettings({ autoRun: false });
    expect(listener).toHaveBeenCalledTimes(2);
  });

  test('a write that changes nothing calls nothing; a write to another area or key neither', async () => {
    await updateSettings({ autoRun: false });
    const listener = vi.fn();
    const unwatch = watchSettings(listener);
    await updateSettings({ autoRun: false });
    await fakeBrowser.storage.sync.set({ settings: { autoRun: false, highlight: { hedged: true } } }); // the same, once completed
    await fakeBrowser.storage.local.set({ settings: { autoRun: true } });
    await fakeBrowser.storage.sync.set({ other: 1 });
    unwatch();
    expect(listener).not.toHaveBeenCalled();
  });
});

// Earlier versions, and any page that still uses it, store the settings through WXT storage as
// `sync:settings`; the content script reads them with the plain storage API. Both must see one value.
describe('the same settings as WXT storage', () => {
  const wxtItem = () => storage.defineItem<Settings>('sync:settings', { fallback: DEFAULT_SETTINGS });

  test('what WXT storage saved (an earlier version, the options page) is read and watched here', async () => {
    const listener = vi.fn();
    const unwatch = watchSettings(listener);
    const saved = { ...DEFAULT_SETTINGS, autoRun: false, disabledSites: ['example.com'] };
    await wxtItem().setValue(saved);
    expect(listener).toHaveBeenLastCalledWith(saved);
    expect(await getSettings()).toEqual(saved);
    unwatch();
  });

  test('what is saved here, WXT storage reads and watches', async () => {
    const watcher = vi.fn();
    const unwatch = wxtItem().watch(watcher);
    const settings = await updateSettings({ highlight: { attributed: true } });
    expect(await wxtItem().getValue()).toEqual(settings);
    expect(watcher).toHaveBeenLastCalledWith(settings, DEFAULT_SETTINGS);
    unwatch();
  });
});

describe('setSiteDisabled', () => {
  test('switches a site off from its address, covering its subdomains', async () => {
    const settings = await setSiteDisabled('https://www.Example.com/path', true);
    expect(settings.disabledSites).toEqual(['example.com']);
    expect(isSiteDisabled(settings, 'news.example.com')).toBe(true);
    expect(isSiteDisabled(await getSettings(), 'www.example.com')).toBe(true);
  });

  test('a site already covered is not added twice; a parent replaces its subdomains', async () => {
    await setSiteDisabled('news.example.com', true);
    await setSiteDisabled('sport.example.com', true);
    await setSiteDisabled('other.org', true);
    expect((await setSiteDisabled('example.com', true)).disabledSites).toEqual(['example.com', 'other.org']);
    expect((await setSiteDisabled('live.example.com', true)).disabledSites).toEqual(['example.com', 'other.org']);
  });

  test('switching back on removes every entry that covers the host, and only those', async () => {
    await updateSettings({ disabledSites: ['example.com', 'news.example.com', 'other.org'] });
    const settings = await setSiteDisabled('news.example.com', false);
    expect(settings.disabledSites).toEqual(['other.org']);
    expect(isSiteDisabled(settings, 'news.example.com')).toBe(false);
  });

  test('keeps the other settings', async () => {
    await updateSettings({ autoRun: false });
    expect(await setSiteDisabled('example.com', true)).toMatchObject({ autoRun: false });
  });

  test('refuses what names no web site, and stores nothing', async () => {
    await expect(setSiteDisabled('chrome://extensions', true)).rejects.toThrow(TypeError);
    expect(await stored()).toBeUndefined();
  });
});

describe('setSiteDisplay', () => {
  test('gives a site its own display mode, which covers its subdomains and leaves the default alone', async () => {
    await updateSettings({ display: 'vague-hedged' });
    const settings = await setSiteDisplay('https://www.Example.com/2026/story', 'none');
    expect(settings.siteDisplay).toEqual({ 'example.com': 'none' });
    expect(settings.display).toBe('vague-hedged');
    expect(displayForSite(settings, 'news.example.com')).toBe('none');
    expect(displayForSite(settings, 'other.org')).toBe('vague-hedged');
    expect(await stored()).toMatchObject({ display: 'vague-hedged', siteDisplay: { 'example.com': 'none' } });
  });

  test('null takes back every choice covering the host, so the default applies there again', async () => {
    await updateSettings({ siteDisplay: { 'example.com': 'none', 'news.example.com': 'all', 'other.org': 'none' } });
    const settings = await setSiteDisplay('news.example.com', null);
    expect(settings.siteDisplay).toEqual({ 'other.org': 'none' });
    expect(displayForSite(settings, 'news.example.com')).toBe('all');
  });

  test('refuses what names no web site, and stores nothing', async () => {
    await expect(setSiteDisplay('about:blank', 'none')).rejects.toThrow(TypeError);
    expect(await stored()).toBeUndefined();
  });
});
