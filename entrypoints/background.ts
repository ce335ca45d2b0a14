import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { AnalysisService } from '../background/analysis-service';
import { acceptAnalysisPort } from '../background/accept-analysis-port';
import { announceTabReport } from '../background/announce-tab-report';
import { handleMessage } from '../background/handle-message';
import { pingTab } from '../background/ping-tab';
import { TabReports, type SessionArea } from '../background/tab-reports';
import { watchTabs } from '../background/watch-tabs';

export default defineBackground(() => {
  // Firefox before 115 has no storage.session; its MV2 background page stays alive anyway.
  const session = (browser.storage as { session?: SessionArea }).session ?? null;
  const reports = new TabReports({ session, onChange: announceTabReport });
  const context = { reports, extensionId: browser.runtime.id, extensionOrigin: browser.runtime.getURL('/'), analyzer: new AnalysisService() };

  // Registered synchronously at startup, so the events that wake an MV3 worker reach them.
  browser.runtime.onMessage.addListener((message, sender) => handleMessage(message, sender, context));
  browser.runtime.onConnect.addListener((port) => acceptAnalysisPort(port, context));
  watchTabs(browser.tabs, reports, pingTab);
});
