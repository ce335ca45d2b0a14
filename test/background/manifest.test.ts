import { expect, test } from 'vitest';
import config from '../../wxt.config';

// The background trusts `sender.id === runtime.id` because no web page or other extension can reach
// runtime.onMessage: that holds only while the manifest opens no external channel.
test.each(['chrome', 'firefox'])('the %s manifest declares no externally_connectable and only the storage permission', async (browser) => {
  const manifest = typeof config.manifest === 'function'
    ? await (config.manifest as (env: { browser: string; manifestVersion: number; mode: string; command: string }) => unknown)({ browser, manifestVersion: browser === 'firefox' ? 2 : 3, mode: 'production', command: 'build' })
    : config.manifest;
  expect(typeof manifest).toBe('object');
  expect(manifest).not.toHaveProperty('externally_connectable');
  expect((manifest as { permissions?: string[] }).permissions).toEqual(['storage']);
});

// The analysis chunk the content script imports on article pages is the only web-accessible file, for
// http(s) pages; Chrome serves it under a per-session dynamic URL (Firefox's URLs carry a random UUID).
test.each(['chrome', 'firefox'])('the %s manifest makes only the analysis chunk web-accessible', async (browser) => {
  const manifest = (await (config.manifest as (env: { browser: string; manifestVersion: number; mode: string; command: string }) => unknown)({
    browser,
    manifestVersion: browser === 'firefox' ? 2 : 3,
    mode: 'production',
    command: 'build',
  })) as { web_accessible_resources?: unknown };
  expect(manifest.web_accessible_resources).toEqual(
    browser === 'firefox' ? ['analysis.js'] : [{ resources: ['analysis.js'], matches: ['http://*/*', 'https://*/*'], use_dynamic_url: true }],
  );
});
