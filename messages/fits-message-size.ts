import { MAX_MESSAGE_BYTES } from './protocol';

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
  return utf8Length(json) <= maxBytes;
}

function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length && isLowSurrogate(text.charCodeAt(i + 1))) {
      bytes += 4; // a pair: one astral character
      i++;
    } else bytes += 3; // (JSON.stringify escapes lone surrogates, so none reach here)
  }
  return bytes;
}

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}
