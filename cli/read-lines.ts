import { concatBytes } from './read-all-bytes';

/** One line of a byte stream: its text, or null when it was longer than the cap (and was skipped). */
export interface Line {
  number: number;
  text: string | null;
}

const NEWLINE = 0x0a;

/**
 * Splits a stream into UTF-8 lines without ever holding more than `maxBytes` of one line: an endless
 * line (a stream that is not JSONL) is skipped and reported, not buffered. A final line without a
 * newline counts; a `\r` before the newline is dropped.
 */
export async function* readLines(source: AsyncIterable<Uint8Array>, maxBytes: number): AsyncGenerator<Line> {
  const decoder = new TextDecoder();
  let parts: Uint8Array[] = [];
  let size = 0;
  let tooLong = false;
  let number = 0;
  const finish = (): Line => {
    number++;
    let text: string | null = null;
    if (!tooLong) {
      text = decoder.decode(parts.length === 1 ? parts[0]! : concatBytes(parts, size));
      if (text.endsWith('\r')) text = text.slice(0, -1);
    }
    parts = [];
    size = 0;
    tooLong = false;
    return { number, text };
  };
  for await (const chunk of source) {
    let start = 0;
    for (let end = chunk.indexOf(NEWLINE); end !== -1; end = chunk.indexOf(NEWLINE, start)) {
      keep(chunk.subarray(start, end));
      yield finish();
      start = end + 1;
    }
    keep(chunk.subarray(start));
  }
  if (size > 0 || tooLong) yield finish();

  function keep(bytes: Uint8Array): void {
    if (tooLong || bytes.length === 0) return;
    size += bytes.length;
    if (size > maxBytes) {
      tooLong = true;
      parts = [];
      return;
    }
    // a copy: the stream may reuse its buffer
    parts.push(bytes.slice());
  }
}
