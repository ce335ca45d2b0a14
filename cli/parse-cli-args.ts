import { parseArgs } from 'node:util';
import { DEFAULT_TIMEOUT_SECONDS, MAX_JOBS } from './limits';

export const FORMATS = ['text', 'json', 'jsonl', 'markdown'] as const;
export type Format = (typeof FORMATS)[number];

export const LANGS = ['auto', 'en', 'fr'] as const;
export type Lang = (typeof LANGS)[number];

export interface CliOptions {
  format: Format;
  lang: Lang;
  timeoutSeconds: number;
  /** `--url`: the address a saved page was read at; its relative links resolve against it. */
  pageUrl: string | null;
  /** `--jobs`: worker threads; null for one per core. */
  jobs: number | null;
  /** `--summary`: totals per site instead of one report per input. */
  summary: boolean;
  /** `--records`: standard input is JSONL records (`{"url", "html"}` / `{"url", "text"}`). */
  records: boolean;
  inputs: string[];
}


export type ParsedArgs = { kind: 'run'; options: CliOptions } | { kind: 'help' } | { kind: 'usage-error'; message: string };

/** The command line, checked: a usage error names what is wrong and nothing runs. */
export function parseCliArgs(argv: string[]): ParsedArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string' },
        lang: { type: 'string' },
        timeout: { type: 'string' },
        url: { type: 'string' },
        jobs: { type: 'string', short: 'j' },
        summary: { type: 'boolean' },
        records: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    // node:util's messages are precise but long; the first sentence says it
    const first = (error as Error).message.split(/\. (?=[A-Z])/)[0]!.replace(/\.$/, '');
    return { kind: 'usage-error', message: first.charAt(0).toLowerCase() + first.slice(1) };
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help' };

  const format = values.format ?? 'text';
  if (!isOneOf(FORMATS, format)) {
    return { kind: 'usage-error', message: `unknown format "${format}" (choose ${FORMATS.join(', ')})` };
  }
  const lang = values.lang ?? 'auto';
  if (!isOneOf(LANGS, lang)) {
    return { kind: 'usage-error', message: `unknown language "${lang}" (choose ${LANGS.join(', ')})` };
  }
  const timeoutSeconds = values.timeout === undefined ? DEFAULT_TIMEOUT_SECONDS : Number(values.timeout);
  if (!Number.isFinite(timeoutSeconds) || timeoutSeconds <= 0) {
    return { kind: 'usage-error', message: `--timeout must be a positive number of seconds, not "${values.timeout}"` };
  }
  let jobs: number | null = null;
  if (values.jobs !== undefined) {
    jobs = Number(values.jobs);
    if (!Number.isInteger(jobs) || jobs < 1 || jobs > MAX_JOBS) {
      return { kind: 'usage-error', message: `--jobs must be a whole number from 1 to ${MAX_JOBS}, not "${values.jobs}"` };
    }
  }
  if (positionals.length === 0) return { kind: 'usage-error', message: 'no input given' };
  const records = values.records ?? false;
  if (records && !positionals.includes('-')) {
    return { kind: 'usage-error', message: '--records reads standard input as JSONL records: give "-" among the inputs' };
  }
  let pageUrl: string | null = null;
  if (values.url !== undefined) {
    const checked = checkPageUrl(values.url, positionals);
    if (!checked.ok) return { kind: 'usage-error', message: checked.message };
    pageUrl = checked.url;
  }
  const summary = values.summary ?? false;
  return { kind: 'run', options: { format, lang, timeoutSeconds, pageUrl, jobs, summary, records, inputs: positionals } };
}

/** `--url` names the one saved page's address: an http(s) URL, with a single input that is a file. */
function checkPageUrl(value: string, inputs: string[]): { ok: true; url: string } | { ok: false; message: string } {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return { ok: false, message: `--url must be an http or https address, not "${value}"` };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { ok: false, message: `--url must be an http or https address, not "${value}"` };
  if (inputs.length !== 1) return { ok: false, message: `--url is the address of one saved page: give one input, not ${inputs.length}` };
  if (/^https?:\/\//i.test(inputs[0]!)) return { ok: false, message: '--url is for a saved file: a URL input is read at its own address' };
  if (inputs[0] === '-') return { ok: false, message: '--url is for a saved HTML file: standard input is read as plain text, whose links have no address' };
  return { ok: true, url: url.href };
}

function isOneOf<T extends string>(choices: readonly T[], value: string): value is T {
  return (choices as readonly string[]).includes(value);
}
