/*
 * Import first in a jsdom test that reaches `wxt/browser`. WXT's test alias for it loads `wxt/testing`,
 * which loads esbuild, which refuses to start unless `new TextEncoder().encode('') instanceof Uint8Array`;
 * under vitest's jsdom environment the global Uint8Array is jsdom's, not the one Node's encoder returns.
 */
import { TextEncoder as NodeTextEncoder } from 'node:util';

class RealmTextEncoder extends NodeTextEncoder {
  override encode(input?: string): Uint8Array<ArrayBuffer> {
    return new Uint8Array(super.encode(input));
  }
}

if (!(new TextEncoder().encode('') instanceof Uint8Array)) globalThis.TextEncoder = RealmTextEncoder as typeof TextEncoder;
