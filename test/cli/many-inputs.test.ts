import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Summary } from '../../cli/site-summary';
import type { AnalysisRecord, ErrorRecord } from '../../cli/to-record';
import { ROOT, runCli, type CliRun } from './run-cli';

const fixture = (name: string) => join(ROOT, 'test/fixtures/cli', name);
const html = readFileSync(fixture('article.html'), 'utf8');
const text = readFileSync(fixture('article.txt'), 'utf8');
const french = readFileSync(fixture('depeche.txt'), 'utf8');

let tmp = '';
let archive = '';
let records = '';

/** The archive's files in the order the walk gives them: names sorted, a folder's files before its subfolders. */
const FOLDER: [path: string, error: RegExp | null][] = [
  ['empty.txt', /^the file is empty$/],
  ['news.example/a.html', null],
  ['news.example/b.txt', null],
  ['news.example/no-article.html', /^no article found: /],
  ['other.example/c.htm', null],
  ['other.example/sub/d.TXT', null],
];

/** The JSONL file's lines, good and bad interleaved, with the input each is named by and its outcome. */
const RECORDS: [line: string, input: string, error: RegExp | null][] = [
  [JSON.stringify({ url: 'https://news.example.com/library', html }), 'https://news.example.com/library', null],
  ['{"url": "https://news.example.com/broken", "html": ', 'pages.jsonl:2', /^not a JSON record: /],
  [JSON.stringify({ url: 'https://news.example.com/ferry', text }), 'https://news.example.com/ferry', null],
  ['["not", "an", "object"]', 'pages.jsonl:4', /^not a JSON record: expected an object with "url" and "html" or "text"$/],
  ['', '', null], // a blank line is no record: skipped
  [JSON.stringify({ url: 'https://radio.example.org/both', html, text }), 'https://radio.example.org/both', /^the record has both "html" and "text": give one$/],
  [JSON.stringify({ url: 'https://radio.example.org/nothing' }), 'https://radio.example.org/nothing', /^the record has no "html" or "text"$/],
  [JSON.stringify({ url: 'ftp://radio.example.org/x', text }), 'pages.jsonl:8', /^"url" must be an http or https address, not "ftp:/],
  [JSON.stringify({ url: 'https://radio.example.org/number', html: 5 }), 'https://radio.example.org/number', /^"html" must be a string$/],
  [JSON.stringify({ url: 'https://radio.example.org/menu', html: '<html><body><nav>Home</nav></body></html>' }), 'https://radio.example.org/menu', /^no article found: /],
  [JSON.stringify({ url: 'https://radio.example.org/blank', text: ' \n ' }), 'https://radio.example.org/blank', /^the record's text contains only white space$/],
  [JSON.stringify({ text: french }), 'pages.jsonl:12', null],
  [JSON.stringify({ url: 'https://radio.example.org/depeche', text: french }), 'https://radio.example.org/depeche', null],
];
const RECORD_LINES = RECORDS.filter(([line]) => line);

/** Every input of a run over the archive then the records, in the order it must come out. */
const expectedOrder = () => [...FOLDER.map(([path]) => join(archive, path)), ...RECORD_LINES.map(([, input]) => input.replace(/^pages\.jsonl/, records))];
const expectedError = (input: string): RegExp | null =>
  FOLDER.find(([path]) => join(archive, path) === input)?.[1] ?? RECORD_LINES.find(([, name]) => name.replace(/^pages\.jsonl/, records) === input)?.[2] ?? null;

const jsonLines = (stdout: string) => stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as AnalysisRecord | ErrorRecord);

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'unsourced-many-'));
  archive = join(tmp, 'archive');
  mkdirSync(join(archive, 'news.example'), { recursive: true });
  mkdirSync(join(archive, 'other.example', 'sub'), { recursive: true });
  mkdirSync(join(archive, '.cache'));
  writeFileSync(join(archive, 'empty.txt'), '');
  writeFileSync(join(archive, 'notes.md'), 'Not a page: no .html, .htm or .txt extension.');
  writeFileSync(join(archive, '.cache', 'hidden.txt'), 'A hidden folder is skipped.');
  cpSync(fixture('article.html'), join(archive, 'news.example', 'a.html'));
  cpSync(fixture('article.txt'), join(archive, 'news.example', 'b.txt'));
  cpSync(fixture('no-article.html'), join(archive, 'news.example', 'no-article.html'));
  cpSync(fixture('saved-page.html'), join(archive, 'other.example', 'c.htm'));
  cpSync(fixture('depeche.txt'), join(archive, 'other.example', 'sub', 'd.TXT'));
  records = join(tmp, 'pages.jsonl');
  // no newline after the last record: it counts all the same
  writeFileSync(records, RECORDS.map(([line]) => line).join('\n'));
});

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('a folder and a JSONL file of good and bad records, on 2 threads', () => {
  let run: CliRun;
  beforeAll(async () => {
    run = await runCli(['--format', 'jsonl', '--jobs', '2', archive, records]);
  });

  test('one line per page and per record, in input order; nothing on stderr (not a terminal: no progress)', () => {
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(jsonLines(run.stdout).map((r) => r.input)).toEqual(expectedOrder());
  });

  test('each bad input has its own error, each good one its analysis', () => {
    for (const record of jsonLines(run.stdout)) {
      const error = expectedError(record.input);
      if (error) expect('error' in record ? record.error : 'an analysis', record.input).toMatch(error);
      else expect(record, record.input).toHaveProperty('totals');
    }
  });

  test('a record is analysed as its file is: the same text and labels', async () => {
    const file = await runCli(['--format', 'jsonl', fixture('article.txt')]);
    const [fromFile] = jsonLines(file.stdout) as AnalysisRecord[];
    const fromRecord = jsonLines(run.stdout).find((r) => r.input === 'https://news.example.com/ferry') as AnalysisRecord;
    expect({ ...fromRecord, input: null }).toEqual({ ...fromFile, input: null });
  });

  test('the same output on 1 thread as on 2', async () => {
    const single = await runCli(['--format', 'jsonl', '--jobs', '1', archive, records]);
    expect(single.stdout).toBe(run.stdout);
  });

  test('standard input with --records gives the file\'s records', async () => {
    const piped = await runCli(['--format', 'jsonl', '--records', '-'], { stdin: readFileSync(records, 'utf8') });
    const expected = jsonLines(run.stdout).slice(FOLDER.length).map((r) => ({ ...r, input: r.input.replace(records, 'standard input') }));
    expect(jsonLines(piped.stdout)).toEqual(expected);
  });

  test('--summary adds up: per site, the records\' counts; over all sites, the sum', async () => {
    const summaryRun = await runCli(['--format', 'json', '--summary', '--jobs', '2', archive, records]);
    expect(summaryRun.code).toBe(0);
    const summary = JSON.parse(summaryRun.stdout) as Summary;
    // failures are still told, one line each, on stderr
    const failed = jsonLines(run.stdout).filter((r): r is ErrorRecord => 'error' in r);
    expect(summaryRun.stderr.trimEnd().split('\n')).toEqual(failed.map((r) => `unsourced: ${r.input}: ${r.error}`));

    const siteOf = (input: string) => (input.startsWith('https://') ? new URL(input).host : input.startsWith(archive) ? input.slice(archive.length + 1).split('/').slice(-2, -1)[0] || 'archive' : 'unsourced-many-');
    const expected = new Map<string, { articles: number; errors: number; claims: number; unsourced: number; mentions: Map<string, number> }>();
    for (const r of jsonLines(run.stdout)) {
      let site = siteOf(r.input);
      if (site === 'unsourced-many-') site = tmp.split('/').pop()!; // a record with no url: the JSONL file's folder
      const t = expected.get(site) ?? { articles: 0, errors: 0, claims: 0, unsourced: 0, mentions: new Map() };
      expected.set(site, t);
      if ('error' in r) {
        t.errors++;
        continue;
      }
      t.articles++;
      t.claims += r.totals.claims;
      t.unsourced += r.totals.hedged + r.totals.unattributed;
      for (const s of r.sources) t.mentions.set(s.name, (t.mentions.get(s.name) ?? 0) + s.mentions);
    }
    expect(summary.sites.map((s) => s.site)).toEqual([...expected.keys()].sort());
    for (const s of summary.sites) {
      const t = expected.get(s.site)!;
      expect({ articles: s.articles, errors: s.errors, claims: s.claims, unsourced: s.unsourced }, s.site).toEqual({ articles: t.articles, errors: t.errors, claims: t.claims, unsourced: t.unsourced });
      expect(s.unsourced).toBe(s.hedged + s.unattributed);
      expect(s.shareUnsourced).toBe(s.claims ? Math.round((1000 * s.unsourced) / s.claims) / 1000 : null);
      for (const source of s.topSources) expect(source.mentions, source.name).toBe(t.mentions.get(source.name));
    }
    for (const key of ['articles', 'errors', 'claims', 'attributed', 'vague', 'hedged', 'unattributed', 'unsourced'] as const) {
      expect(summary.total[key], key).toBe(summary.sites.reduce((sum, s) => sum + s[key], 0));
    }
    expect(summary.total.articles + summary.total.errors).toBe(expectedOrder().length);
  });

  test('--url with a folder: refused for that input, as one saved page\'s address', async () => {
    const refused = await runCli(['--format', 'jsonl', '--url', 'https://news.example.com/a', archive]);
    expect(refused.code).toBe(1);
    expect(jsonLines(refused.stdout)).toEqual([{ input: archive, error: '--url is the address of one saved page, not of a folder' }]);
  });

  test('--summary as a table: one row per site, then all sites', async () => {
    const table = await runCli(['--summary', archive]);
    const lines = table.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^site +articles +errors +claims +unsourced +share +top sources$/);
    expect(lines.map((l) => l.split(/ {2,}/)[0])).toEqual(['site', expect.stringMatching(/^-+$/), 'archive', 'news.example', 'other.example', 'sub', expect.stringMatching(/^-+$/), 'all sites']);
    expect(lines.at(-1)).toMatch(/^all sites +4 +2 +\d+ +\d+ +\d+% +\S/);
  });
});

/** util-linux's `script` runs a command on a pseudo-terminal: the CLI's stderr is then a terminal. */
const hasScript = spawnSync('script', ['--version']).status === 0;

describe.skipIf(!hasScript)('on a terminal (skipped: util-linux `script` is not installed)', () => {
  test('the progress line is drawn on stderr and the records still go to stdout, whole', () => {
    const out = join(tmp, 'tty-out.jsonl');
    const cli = `${JSON.stringify(process.execPath)} ${JSON.stringify(join(ROOT, 'dist/cli/analyze.mjs'))}`;
    const terminal = execFileSync('script', ['-qec', `${cli} --format jsonl ${JSON.stringify(archive)} > ${JSON.stringify(out)}`, '/dev/null'], { encoding: 'utf8' });
    // redrawn at most every 200 ms: how far it got when drawn depends on the machine; before the first
    // page is done there is no rate and no ETA yet, after it both
    // eslint-disable-next-line no-control-regex -- the terminal escape that clears the line is the point
    expect(terminal).toMatch(/\r\x1b\[K(?:0\/6 pages · 0\.0 pages\/s · 0 errors|[1-6]\/6 pages · [\d.]+ pages\/s · \d errors? · ETA \d+ s)/);
    expect(jsonLines(readFileSync(out, 'utf8')).map((r) => r.input)).toEqual(FOLDER.map(([path]) => join(archive, path)));
  });
});

describe('fanning out with a standard tool (docs/cli.md)', () => {
  test('split --filter spreads the records over 3 processes; together they give the one run\'s lines', async () => {
    const out = join(tmp, 'fan-out');
    mkdirSync(out);
    // as in the docs, with the built CLI called by path instead of `npx unsourced`; exit status 1 (every
    // record of a part failed) is a result, not a failure of the run
    const cli = `${JSON.stringify(process.execPath)} ${JSON.stringify(join(ROOT, 'dist/cli/analyze.mjs'))}`;
    execFileSync('split', ['-n', 'r/3', `--filter=${cli} --format jsonl --records - > "$FILE.jsonl" || [ $? = 1 ]`, records, join(out, 'part-')]);
    const parts = readdirSync(out).filter((f) => f.endsWith('.jsonl'));
    expect(parts).toHaveLength(3);
    const fanned = parts.flatMap((f) => jsonLines(readFileSync(join(out, f), 'utf8')));
    const single = jsonLines((await runCli(['--format', 'jsonl', '--records', '-'], { stdin: readFileSync(records, 'utf8') })).stdout);
    // round robin numbers lines within each part, so records are matched by what they hold
    const key = (r: AnalysisRecord | ErrorRecord) => JSON.stringify('error' in r ? [r.error] : [r.text, r.totals]);
    expect(fanned.map(key).sort()).toEqual(single.map(key).sort());
  });
});
