import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { browser, type Browser } from 'wxt/browser';
import type { PopupToContent } from '../messages/popup-to-content';
import type { TabReportResponse } from '../messages/popup-to-background';
import { requestTabReport } from './request-tab-report';
import { isBackgroundToPopup } from '../messages/background-to-popup';
import { normalizeHostname } from '../settings/normalize-hostname';
import { displayForSite } from '../settings/display-for-site';
import type { Settings } from '../settings/settings';
import { getSettings, setSiteDisabled, setSiteDisplay, updateSettings, watchSettings } from '../settings/settings-store';
import { siteCovers } from '../settings/site-covers';
import type { CopyState, PopupActions, PopupDisplay, PopupViewProps } from './PopupView';
import { popupStatus } from './popup-status';
import { reportMarkdown } from './report-markdown';

type Tab = Browser.tabs.Tab;

/** How long "the reader just asked for a run" lasts if no report comes. */
const RUN_GRACE_MS = 4000;
/** Refresh while something is about to change, and slowly otherwise in case a notice was missed. */
const FAST_REFRESH_MS = 600;
const SLOW_REFRESH_MS = 2500;

/**
 * The popup's state and what its controls do: the active tab, its report from the background, the
 * settings, kept fresh while the popup is open. Returns the props of `PopupView`.
 */
export function usePopup(): PopupViewProps {
  const [tab, setTab] = useState<Tab | null>(null);
  const [response, setResponse] = useState<TabReportResponse | undefined>(undefined);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [runRequestedAt, setRunRequestedAt] = useState(0);
  const [copy, setCopy] = useState<CopyState>('idle');
  const [now, setNow] = useState(Date.now());
  const tabId = tab?.id;

  // The active tab, and its changes while the popup is open (loading, then complete).
  useEffect(() => {
    let active: number | undefined;
    // `popup.html?tabId=7` shows tab 7: the popup opened as a page (tests, a pinned tab) would be its own active tab.
    const asked = Number(new URLSearchParams(location.search).get('tabId'));
    const found = Number.isInteger(asked) && asked >= 0 ? browser.tabs.get(asked).then((t) => [t], () => []) : browser.tabs.query({ active: true, currentWindow: true });
    void found.then(([t]) => {
      active = t?.id;
      setTab(t ?? null);
      if (!t) setResponse({ report: null });
    });
    const onUpdated = (id: number, _info: unknown, updated: Tab) => {
      if (id === active) setTab(updated);
    };
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => browser.tabs.onUpdated.removeListener(onUpdated);
  }, []);

  useEffect(() => {
    void getSettings().then(setSettings);
    return watchSettings(setSettings);
  }, []);

  const refresh = useCallback(async () => {
    if (tabId === undefined) return;
    setNow(Date.now());
    try {
      setResponse({ report: await requestTabReport(tabId) });
    } catch {
      setResponse({ report: null });
    }
  }, [tabId]);

  // The background says when a tab's report changed; polling covers a notice sent before we listened.
  useEffect(() => {
    void refresh();
    // Returns nothing: the popup never answers, the background does.
    const onMessage = (message: unknown) => {
      if (isBackgroundToPopup(message) && message.tabId === tabId) void refresh();
    };
    browser.runtime.onMessage.addListener(onMessage);
    return () => browser.runtime.onMessage.removeListener(onMessage);
  }, [refresh, tabId]);

  const url = tab?.url;
  // The browser shows the tab's address only with a permission we do without; the report has it too.
  const pageUrl = url ?? response?.report?.url;
  // The site as the settings name it: `lemonde.fr` for https://www.lemonde.fr/...
  const site = useMemo(() => (pageUrl ? normalizeHostname(pageUrl) : null), [pageUrl]);
  const disabledBy = (site && settings?.disabledSites.find((entry) => siteCovers(entry, site))) || null;
  const status = popupStatus({
    tabUrl: url,
    tabLoading: tab?.status === 'loading',
    response,
    disabledBy,
    runRequested: now - runRequestedAt < RUN_GRACE_MS,
  });
  const display: PopupDisplay | null = settings
    ? { mode: site ? displayForSite(settings, site) : settings.display, siteOwn: !!site && Object.keys(settings.siteDisplay).some((entry) => siteCovers(entry, site)) }
    : null;
  const settled = !['loading', 'analysing', 'waiting'].includes(status.kind);

  useEffect(() => {
    const timer = setTimeout(() => void refresh(), settled ? SLOW_REFRESH_MS : FAST_REFRESH_MS);
    return () => clearTimeout(timer);
  }, [refresh, settled, response, now]);

  const send = useCallback(
    (message: PopupToContent) => {
      if (tabId !== undefined) browser.tabs.sendMessage(tabId, message).catch(() => void refresh());
    },
    [tabId, refresh],
  );

  const requestRun = () => {
    setRunRequestedAt(Date.now());
    setNow(Date.now());
  };

  const actions: PopupActions = {
    run() {
      requestRun();
      send({ type: 'run' });
    },
    scrollTo(id) {
      send({ type: 'scroll-to', id });
    },
    // Stored, and so remembered; the tab's content script repaints when the settings change.
    setDisplay(mode) {
      const saved = site && display?.siteOwn ? setSiteDisplay(site, mode) : updateSettings({ display: mode });
      void saved.then(setSettings, () => undefined);
    },
    setSiteOwnDisplay(own) {
      if (!site || !display) return;
      void setSiteDisplay(site, own ? display.mode : null).then(setSettings, () => undefined);
    },
    setSiteDisabled(disabled) {
      if (!site) return;
      if (!disabled && settings?.autoRun !== false) requestRun();
      void setSiteDisabled(site, disabled).then(setSettings);
    },
    copyReport() {
      if (status.kind !== 'article') return;
      navigator.clipboard.writeText(reportMarkdown(status.report)).then(
        () => setCopy('copied'),
        () => setCopy('failed'),
      );
      setTimeout(() => setCopy('idle'), 2500);
    },
    openOptions() {
      void browser.runtime.openOptionsPage().then(() => window.close());
    },
    reloadTab() {
      if (tabId === undefined) return;
      requestRun();
      void browser.tabs.reload(tabId);
    },
  };

  return { status, site, display, copy, actions };
}
