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
