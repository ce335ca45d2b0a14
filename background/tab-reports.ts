import type { ClaimLabel } from '../analyzer/types';
import { type PageReport, isPageReport } from '../messages/page-report';

/** What the background keeps per tab: the last report and the URL of the document that sent it. */
export interface TabReportEntry {
  readonly report: PageReport;
  /** `sender.url` of the report: the browser's word, not the page's. Null when the browser gave none. */
  readonly documentUrl: string | null;
}

/** The part of `browser.storage.session` used here. */
export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

export interface TabReportsOptions {
  /** The mirror that outlives an MV3 service worker; null keeps reports in memory only. */
  session: SessionArea | null;
  /** Runs after each change, in order, before the next change to that tab starts (badge, popup). */
  onChange?: (tabId: number, report: PageReport | null) => Promise<void> | void;
}

const KEY_PREFIX = 'tab-report:';

/**
 * The report of each tab, by tab id. Kept in memory and mirrored to `storage.session` so that a
 * service worker stopped while idle still answers the popup when it wakes. Changes to one tab run
 * one after another, so a slow storage read can never bring back a report cleared meanwhile.
 */
export class TabReports {
  // undefined: not looked up since this worker started; null: known to have no report.
  readonly #memory = new Map<number, TabReportEntry | null>();
  readonly #queues = new Map<number, Promise<unknown>>();
  readonly #session: SessionArea | null;
  readonly #onChange: TabReportsOptions['onChange'];
  /** The article report built for each tab's last answer, until its page says what it painted. Memory only. */
  readonly #held = new Map<number, { token: string; report: PageReport }>();
  #tokens = 0;

  constructor(options: TabReportsOptions) {
    this.#session = options.session;
    this.#onChange = options.onChange;
  }

  async get(tabId: number): Promise<PageReport | null> {
    return (await this.entry(tabId))?.report ?? null;
  }

  /** The current entry. Pass it back to `clearIfStill` to clear only if nothing replaced it. */
  entry(tabId: number): Promise<TabReportEntry | null> {
    return this.#serial(tabId, () => this.#load(tabId));
  }

  set(tabId: number, report: PageReport, documentUrl: string | null): Promise<void> {
    return this.#serial(tabId, async () => {
      const entry: TabReportEntry = { report, documentUrl };
      this.#memory.set(tabId, entry);
      await this.#mirror(() => this.#session?.set({ [KEY_PREFIX + tabId]: entry }));
      await this.#onChange?.(tabId, report);
    });
  }

  /**
   * Holds the report built for the answer a tab's page is about to get (accept-analysis-port.ts), and
   * returns its token; a newer answer to the same tab replaces it. In memory only: a background
   * restarted meanwhile holds nothing, and the page then sends its report whole.
   */
  hold(tabId: number, report: PageReport): string {
    const token = `${++this.#tokens}.${Math.random().toString(36).slice(2, 10)}`;
    this.#held.set(tabId, { token, report });
    return token;
  }

  /**
   * The page painted the article of `token` with `highlighted`: the held report, so completed, becomes
   * the tab's (as `set` would make it). False when no report of that token is held.
   */
  async painted(tabId: number, token: string, highlighted: ClaimLabel[], documentUrl: string | null): Promise<boolean> {
    const held = this.#held.get(tabId);
    if (held?.token !== token || held.report.state !== 'article') return false;
    await this.set(tabId, { ...held.report, highlighted }, documentUrl);
    return true;
  }

  clear(tabId: number): Promise<void> {
    return this.#serial(tabId, () => this.#clear(tabId));
  }

  /** Clears the tab only if its entry is still `expected` (no newer report arrived). */
  clearIfStill(tabId: number, expected: TabReportEntry): Promise<boolean> {
    return this.#serial(tabId, async () => {
      if ((await this.#load(tabId)) !== expected) return false;
      await this.#clear(tabId);
      return true;
    });
  }

  /** The tab is closed: drop its report without touching its (gone) badge. */
  forget(tabId: number): Promise<void> {
    this.#held.delete(tabId);
    return this.#serial(tabId, async () => {
      this.#memory.delete(tabId);
      await this.#mirror(() => this.#session?.remove(KEY_PREFIX + tabId));
    });
  }

  async #load(tabId: number): Promise<TabReportEntry | null> {
    const known = this.#memory.get(tabId);
    if (known !== undefined) return known;
    let entry: TabReportEntry | null = null;
    if (this.#session) {
      try {
        const stored = (await this.#session.get(KEY_PREFIX + tabId))[KEY_PREFIX + tabId];
        // Checked again: the session may hold what an older version of the extension wrote.
        if (isStoredEntry(stored)) entry = { report: stored.report, documentUrl: stored.documentUrl };
      } catch (error) {
        console.warn('[unsourced] could not read the tab report back from storage.session', error);
      }
    }
    this.#memory.set(tabId, entry);
    return entry;
  }

  async #clear(tabId: number): Promise<void> {
    const had = (await this.#load(tabId)) !== null;
    this.#memory.set(tabId, null);
    if (!had) return;
    await this.#mirror(() => this.#session?.remove(KEY_PREFIX + tabId));
    await this.#onChange?.(tabId, null);
  }

  /** The mirror is best effort: memory stays right when the session is full or missing. */
  async #mirror(write: () => Promise<void> | undefined): Promise<void> {
    try {
      await write();
    } catch (error) {
      console.warn('[unsourced] could not mirror the tab report to storage.session', error);
    }
  }

  #serial<T>(tabId: number, operation: () => Promise<T>): Promise<T> {
    const previous = this.#queues.get(tabId) ?? Promise.resolve();
    const result = previous.then(operation);
    const settled = result.catch(() => undefined);
    this.#queues.set(tabId, settled);
    void settled.then(() => {
      if (this.#queues.get(tabId) === settled) this.#queues.delete(tabId);
    });
    return result;
  }
}

function isStoredEntry(value: unknown): value is TabReportEntry {
  if (typeof value !== 'object' || value === null) return false;
  const { report, documentUrl } = value as Record<string, unknown>;
  return isPageReport(report) && (documentUrl === null || typeof documentUrl === 'string');
}
