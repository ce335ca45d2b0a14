import { InputError } from './input-error';

/**
 * Bytes to text, refusing what is not text: NUL bytes mean a binary file, and invalid UTF-8 (or
 * invalid in the declared `charset`) would silently turn letters into U+FFFD and shift nothing the
 * user could check. A UTF-16 byte-order mark is honoured; a UTF-8 one is dropped.
 */
export function decodeText(bytes: Uint8Array, charset: string | null = null): string {
  const bomCharset = utf16Bom(bytes);
  if (!bomCharset && bytes.includes(0)) {
    throw new InputError('binary data (it contains NUL bytes), not text or HTML');
  }
  const label = bomCharset ?? charset ?? 'utf-8';
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label, { fatal: true });
  } catch {
    throw new InputError(`unknown character encoding "${label}"`);
  }
  try {
    return decoder.decode(bytes);
  } catch {
    const name = decoder.encoding.toUpperCase();
    throw new InputError(`not valid ${name} text (binary data or another encoding); convert it to UTF-8 first`);
  }
}

function utf16Bom(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}
