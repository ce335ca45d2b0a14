import { formatSize } from './format-size';
import { InputError } from './input-error';
import { MAX_INPUT_BYTES, MAX_INPUT_LABEL } from './limits';
import { readAllBytes } from './read-all-bytes';

export interface Fetched {
  bytes: Uint8Array;
  /** The `Content-Type` header as sent, or null. */
  contentType: string | null;
  /** The final URL, after redirects: relative links resolve against it. */
  url: string;
}

/** What a network error code (undici's `cause.code`) means to the person who typed the URL. */
const NETWORK_ERRORS: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'the connection was reset',
  ENOTFOUND: 'host not found',
  EAI_AGAIN: 'host not found (DNS lookup failed)',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  UND_ERR_SOCKET: 'the connection was closed by the server',
  UND_ERR_CONNECT_TIMEOUT: 'connection timed out',
};

/** GETs a URL; the timeout covers the connection and the whole body, and the body is capped. */
export async function fetchUrl(url: string, timeoutSeconds: number): Promise<Fetched> {
  const signal = AbortSignal.timeout(Math.round(timeoutSeconds * 1000));
  try {
    const response = await fetch(url, {
      signal,
      redirect: 'follow',
      headers: { accept: 'text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1' },
    });
    if (!response.ok) {
      await response.body?.cancel().catch(() => {});
      const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
      throw new InputError(`HTTP error ${status}`);
    }
    const length = Number(response.headers.get('content-length') ?? NaN);
    if (length > MAX_INPUT_BYTES) {
      await response.body?.cancel().catch(() => {});
      throw new InputError(`too large: the response is ${formatSize(length)}, over the ${MAX_INPUT_LABEL} limit`);
    }
    const bytes = response.body ? await readAllBytes(response.body, 'the response') : new Uint8Array(0);
    return { bytes, contentType: response.headers.get('content-type'), url: response.url || url };
  } catch (error) {
    if (error instanceof InputError) throw error;
    if (signal.aborted) {
      throw new InputError(`timed out after ${timeoutSeconds} s (use --timeout to wait longer)`);
    }
    throw new InputError(`could not fetch the URL: ${networkReason(error)}`);
  }
}

function networkReason(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  if (cause?.code && NETWORK_ERRORS[cause.code]) return NETWORK_ERRORS[cause.code]!;
  return cause?.message || (error as Error).message || String(error);
}
