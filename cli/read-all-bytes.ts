import { InputError } from './input-error';
import { MAX_INPUT_BYTES, MAX_INPUT_LABEL } from './limits';

/**
 * Reads a stream to its end, but never past the size cap: a pipe or a response can be endless.
 * `what` names the stream in the message ("standard input", "the response").
 */
export async function readAllBytes(source: AsyncIterable<Uint8Array>, what: string): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of source) {
    total += chunk.byteLength;
    if (total > MAX_INPUT_BYTES) {
      throw new InputError(`too large: ${what} is over the ${MAX_INPUT_LABEL} limit`);
    }
    chunks.push(chunk);
  }
  return concatBytes(chunks, total);
}

/** The parts copied into one new array of `size` bytes. */
export function concatBytes(parts: Uint8Array[], size: number): Uint8Array {
  const out = new Uint8Array(size);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.byteLength;
  }
  return out;
}
