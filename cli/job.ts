/**
 * One unit of work of a run, self-contained so that a worker thread can do it: a path or URL as typed
 * (or found in a folder), standard input's bytes, a JSONL record, or an input already known to be bad.
 * `input` names it in the output; `site` groups it in `--summary`.
 */
export type Job =
  | { kind: 'input'; input: string; site: string }
  | { kind: 'stdin'; input: string; site: string; bytes: Uint8Array }
  | { kind: 'record'; input: string; site: string; url: string | null; html: string | null; text: string | null }
  | { kind: 'error'; input: string; site: string; error: string };
