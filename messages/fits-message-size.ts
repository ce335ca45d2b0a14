import { MAX_MESSAGE_BYTES } from './limits';

/** True when `value` serialises to JSON of at most `maxBytes` UTF-8 bytes. */
export function fitsMessageSize(value: unknown, maxBytes = MAX_MESSAGE_BYTES): boolean {
  let json: string | undefined;
  try {
    json = JSON.stringify(value);
  } catch {
    return false; // a cycle or a BigInt: cannot be a message
  }
  if (json === undefined) return false;
  // Every UTF-16 unit is at least one UTF-8 byte: a longer string cannot fit.
  if (json.length > maxBytes) return false;
  // The browser's encoder counts natively (a loop per character here cost a cold content script ~10 ms
  // on a long article). JSON.stringify escapes lone surrogates, so every character encodes as itself.
  return encoder.encode(json).length <= maxBytes;
}

const encoder = new TextEncoder();
