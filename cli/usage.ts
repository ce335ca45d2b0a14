import { DEFAULT_TIMEOUT_SECONDS, MAX_INPUT_LABEL, MAX_JOBS } from './limits';

export const USAGE = `Usage: npm run -s analyze -- [options] <input>...
   or: npx unsourced [options] <input>...

Labels every sentence of a news article: attributed, vague, hedged, unattributed or not-claim.

Inputs:
  file.txt           plain text, analysed as is (every line break ends a paragraph)
  file.html, .htm    an HTML page; its article is found with Readability
  folder/            every .html, .htm and .txt file in it, at any depth, in name order
  pages.jsonl        one page per line: {"url": ..., "html": ...} or {"url": ..., "text": ...}
  http(s)://...      fetched; HTML pages as above, text/plain as text
  -                  standard input, as plain text (with --records: as JSONL records)
  other files are sniffed: HTML if they look like HTML, else text (at most ${MAX_INPUT_LABEL} each)

Options:
  --format <f>       text (default), json, jsonl or markdown
  --lang <l>         auto (default), en or fr: the rules to use
  -j, --jobs <n>     worker threads, 1 to ${MAX_JOBS} (default: one per core); output stays in input order
  --summary          totals per site (articles, claims, share unsourced, top sources) instead of one
                     report per input: a table, or JSON with --format json or jsonl
  --records          read standard input ("-") as JSONL records, as pages.jsonl above
  --timeout <s>      seconds to wait for a URL (default ${DEFAULT_TIMEOUT_SECONDS})
  --url <address>    the address a saved HTML file was read at: its relative links point there,
                     as in the browser (a link to another page of a site is a source)
  -h, --help         show this help

A progress line (pages, pages/s, errors, ETA) is drawn on standard error when it is a terminal.
Exit status: 0 when at least one input was analysed, 1 when every input failed, 2 on a usage error.
`;
