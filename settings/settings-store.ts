import { browser, type Browser } from 'wxt/browser';
import type { ClaimLabel } from '../analyzer/types';
import { normalizeHostname } from './normalize-hostname';
import { normalizeSettings } from './normalize-settings';
import type { DisplayMode, Settings } from './settings';
import { siteCovers } from './site-covers';

// The pure check, re-exported so every context finds the settings helpers in one place.
export { isSiteDisabled } from './is-site-disabled';

/**
 * The reader's settings live under this key of `storage.sync`, shared by the popup, the options page
 * and the content scripts. It is the key WXT storage gave `sync:settings` in earlier versions, read
 * here with the plain storage API: the content script runs on every page, without that library.
 */
export const SETTINGS_KEY = 'settings';

/** A change to the settings: `highlight` is merged label by label. */
export interface SettingsPatch {
  highlight?: Partial<Record<ClaimLabel, boolean>>;
  display?: DisplayMode;
  siteDisplay?: Record<string, DisplayMode>;
  autoRun?: boolean;
  disabledSites?: string[];
}

export async function getSettings(): Promise<Settings> {
  const stored = await browser.storage.sync.get(SETTINGS_KEY);
  return normalizeSettings(stored[SETTINGS_KEY]);
}

// Updates from one page run one after another: two quick toggles must not lose one of them.
let lastUpdate: Promise<unknown> = Promise.resolve();

/** Applies `patch` to the stored settings, saves them and returns them. Rejects when sync storage does. */
export function updateSettings(patch: SettingsPatch): Promise<Settings> {
  return serially(async () => {
    const current = await getSettings();
    return save({
      highlight: { ...current.highlight, ...patch.highlight },
      display: patch.display ?? current.display,
      siteDisplay: patch.siteDisplay ?? current.siteDisplay,
      autoRun: patch.autoRun ?? current.autoRun,
      disabledSites: patch.disabledSites ?? current.disabledSites,
    });
  });
}

/**
 * Calls `listener` with the settings each time they change, in this page or any other; returns the
 * unwatch. A write that leaves them as they were (the same value saved again) calls nothing.
 */
export function watchSettings(listener: (settings: Settings) => void): () => void {
  const onChanged = (changes: Record<string, Browser.storage.StorageChange>, area: string) => {
    const change = changes[SETTINGS_KEY];
    if (area !== 'sync' || !change) return;
    const next = normalizeSettings(change.newValue);
    // normalised settings always list their fields in one order: equal JSON is equal settings
    if (JSON.stringify(next) !== JSON.stringify(normalizeSettings(change.oldValue))) listener(next);
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}

/**
 * Switches Unsourced off (`disabled`) or back on for a site, given a host name or an address.
 * Off adds the site unless already covered, and drops its now redundant subdomains. On removes every
 * entry that covers the host: turning `news.example.com` back on also turns on `example.com`, since
 * a site cannot be excepted from its parent. Throws a TypeError for something that names no web site.
 */
export function setSiteDisabled(hostnameOrUrl: string, disabled: boolean): Promise<Settings> {
  const host = normalizeHostname(hostnameOrUrl);
  if (host === null) return Promise.reject(new TypeError(`Not a web site: ${JSON.stringify(hostnameOrUrl)}`));
  return serially(async () => {
    const current = await getSettings();
    const sites = current.disabledSites;
    let next: string[];
    if (disabled) next = sites.some((site) => siteCovers(site, host)) ? sites : [...sites.filter((site) => !siteCovers(host, site)), host];
    else next = sites.filter((site) => !siteCovers(site, host));
    return save({ ...current, disabledSites: next });
  });
}

/**
 * Gives a site its own display mode (`mode`), or takes back every choice that covers it (`null`), so
 * that the reader's default applies there again. Throws a TypeError for something that names no web site.
 */
export function setSiteDisplay(hostnameOrUrl: string, mode: DisplayMode | null): Promise<Settings> {
  const host = normalizeHostname(hostnameOrUrl);
  if (host === null) return Promise.reject(new TypeError(`Not a web site: ${JSON.stringify(hostnameOrUrl)}`));
  return serially(async () => {
    const current = await getSettings();
    const next = Object.fromEntries(Object.entries(current.siteDisplay).filter(([site]) => !siteCovers(site, host)));
    if (mode !== null) next[host] = mode;
    return save({ ...current, siteDisplay: next });
  });
}

async function save(settings: Settings): Promise<Settings> {
  const normalized = normalizeSettings(settings);
  await browser.storage.sync.set({ [SETTINGS_KEY]: normalized });
  return normalized;
}

function serially<T>(update: () => Promise<T>): Promise<T> {
  const result = lastUpdate.then(update);
  lastUpdate = result.catch(() => undefined);
  return result;
}
