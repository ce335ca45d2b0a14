import { expect, test } from 'vitest';
import config from '../../wxt.config';

// The background trusts `sender.id === runtime.id` because no web page or other extension can reach
// runtime.onMessage: that holds only while the manifest opens no external channel.
test('the manifest declares no externally_connectable', () => {
  const manifest = config.manifest;
  expect(typeof manifest).toBe('object');
  expect(manifest).not.toHaveProperty('externally_connectable');
});
