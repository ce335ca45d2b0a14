// <meta charset="utf-8"> or <meta http-equiv="Content-Type" content="text/html; charset=utf-8">
const META_CHARSET = /<meta\b[^>]{0,200}?charset\s*=\s*["']?\s*([\w.:-]{1,40})/i;
const SNIFF_BYTES = 64 * 1024;

/**
 * The character encoding of an HTML page served without one: its <meta> declaration anywhere in the
 * first 64 KB (browsers look only at the first 1 KB, and many pages declare it later), else UTF-8
 * when the bytes are valid UTF-8, else null (windows-1252, as browsers do).
 */
export function sniffHtmlCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, SNIFF_BYTES));
  const declared = META_CHARSET.exec(head)?.[1];
  if (declared) {
    try {
      return new TextDecoder(declared).encoding;
    } catch {
      // an unknown label: fall through to what the bytes say
    }
  }
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return 'utf-8';
  } catch {
    return null;
  }
}
