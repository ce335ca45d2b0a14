import { parseArgs } from 'node:util';
import { DEFAULT_TIMEOUT_SECONDS } from './limits';

export const FORMATS = ['text', 'json', 'jsonl', 'markdown'] as const;
export type Format = (typeof FORMATS)[number];

export const LANGS = ['auto', 'en', 'fr'] as const;
export type Lang = (typeof LANGS)[number];

export interface CliOptions {
  format: Format;
  lang: Lang;
  timeoutSeconds: number;
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
  if (positionals.length === 0) return { kind: 'usage-error', message: 'no input given' };
  return { kind: 'run', options: { format, lang, timeoutSeconds, inputs: positionals } };
}

function isOneOf<T extends string>(choices: readonly T[], value: string): value is T {
  return (choices as readonly string[]).includes(value);
}
