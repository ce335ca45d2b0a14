import { mkdirSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { LABELS } from '../../analyzer/types';
import type { AnalysisRecord, ErrorRecord } from '../../cli/to-record';
import { ROOT, runCli, type CliRun } from './run-cli';

const FIXTURES = 'test/fixtures/cli';
const fixture = (name: string) => `${FIXTURES}/${name}`;
const readFixture = (name: string) => readFileSync(join(ROOT, FIXTURES, name), 'utf8');

const RECORD_KEYS = ['input', 'language', 'title', 'text', 'totals', 'sources', 'sentences'];
const TOTALS_KEYS = ['sentences', 'claims', 'attributed', 'vague', 'hedged', 'unattributed'];
const SENTENCE_KEYS = ['start', 'end', 'text', 'label', 'reasons', 'source'];

let server: Server;
let base = '';
/** A URL nothing listens on: the port of a server that was closed. */
let refusedUrl = '';
let tmp = '';

/** What the local server answers: status, headers, body; `hang` never answers. */
const ROUTES: Record<string, { status?: number; headers?: Record<string, string>; body?: string | Buffer; hang?: true }> = {
  '/article.html': { headers: { 'content-type': 'text/html; charset=utf-8' }, body: readFixture('article.html') },
  '/plain': { headers: { 'content-type': 'text/plain; charset=utf-8' }, body: readFixture('article.txt') },
  '/latin1': {
    headers: { 'content-type': 'text/plain; charset=iso-8859-1' },
    body: Buffer.from('Le maire a déclaré que le pont serait fermé lundi.\n', 'latin1'),
  },
  '/missing': { status: 404, headers: { 'content-type': 'text/html' }, body: '<h1>Not found</h1>' },
  '/photo.png': { headers: { 'content-type': 'image/png' }, body: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]) },
  '/huge': { headers: { 'content-type': 'text/plain', 'content-length': String(25 * 1024 * 1024) }, body: 'x' },
  '/slow': { hang: true },
};

beforeAll(async () => {
  server = createServer((req, res) => {
    const route = ROUTES[req.url ?? ''];
    if (!route) return res.writeHead(404).end();
    if (route.hang) return; // the CLI's timeout has to end this one
    res.writeHead(route.status ?? 200, route.headers);
    // a lying content-length is closed by the client, not by us
    if (req.url === '/huge') res.write(route.body!);
    else res.end(route.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const closed = createServer();
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
  refusedUrl = `http://127.0.0.1:${(closed.address() as AddressInfo).port}/article.html`;
  await new Promise((resolve) => closed.close(resolve));

  tmp = mkdtempSync(join(tmpdir(), 'unsourced-cli-'));
  mkdirSync(join(tmp, 'empty-folder', 'sub'), { recursive: true });
  writeFileSync(join(tmp, 'empty-folder', 'sub', 'notes.md'), 'Not a page.');
  writeFileSync(join(tmp, 'binary.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x14, 0x00, 0x08]));
  writeFileSync(join(tmp, 'latin1.txt'), Buffer.from('Le maire a déclaré que le pont serait fermé.\n', 'latin1'));
  writeFileSync(join(tmp, 'huge.txt'), '');
  truncateSync(join(tmp, 'huge.txt'), 21 * 1024 * 1024); // sparse: 21 MB at no cost
  // 3,000 nested elements around an article: what a browser's parser never builds, and Readability
  // would take minutes on
  const story = '<p>The minister said the bridge would close in May, and the council agreed to the plan.</p>'.repeat(4);
  writeFileSync(join(tmp, 'deep.html'), `<html><body>${'<div>'.repeat(3000)}${story}${'</div>'.repeat(3000)}</body></html>`);
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  rmSync(tmp, { recursive: true, force: true });
});

function jsonLines(stdout: string): (AnalysisRecord | ErrorRecord)[] {
  return stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as AnalysisRecord | ErrorRecord);
}

function expectRecordShape(record: AnalysisRecord): void {
  expect(Object.keys(record)).toEqual(RECORD_KEYS);
  expect(Object.keys(record.totals)).toEqual(TOTALS_KEYS);
  for (const source of record.sources) expect(Object.keys(source)).toEqual(['name', 'kind', 'outlet', 'mentions']);
  for (const s of record.sentences) {
    expect(Object.keys(s)).toEqual(SENTENCE_KEYS);
    expect(record.text.slice(s.start, s.end)).toBe(s.text);
    expect(LABELS).toContain(s.label);
    if (s.source) expect(Object.keys(s.source)).toEqual(['name', 'kind', 'outlet']);
  }
  expect(record.totals.sentences).toBe(record.sentences.length);
}

describe('many inputs in one run (--format jsonl)', () => {
  let run: CliRun;
  let byInput: Map<string, AnalysisRecord | ErrorRecord>;
  let order: string[];

  // Inputs are functions: the server's port and the temporary folder exist only once beforeAll ran.
  const GOOD: [string, () => string][] = [
    ['a .txt file', () => fixture('article.txt')],
    ['an .html file', () => fixture('article.html')],
    ['an HTML file of unknown extension', () => fixture('story.page')],
    ['a text file of unknown extension', () => fixture('notes.log')],
    ['a French .txt file', () => fixture('depeche.txt')],
    ['an HTML URL', () => `${base}/article.html`],
    ['a text/plain URL', () => `${base}/plain`],
    ['an ISO-8859-1 text/plain URL', () => `${base}/latin1`],
  ];
  /** Every bad input with the message it must get. */
  const BAD: [string, () => string, RegExp][] = [
    ['a missing file', () => fixture('missing.txt'), /^file not found$/],
    ['a folder with no page or text in it', () => join(tmp, 'empty-folder'), /^no \.html, \.htm or \.txt file in this folder$/],
    ['a binary file', () => join(tmp, 'binary.txt'), /^binary data \(it contains NUL bytes\)/],
    ['a file that is not UTF-8', () => join(tmp, 'latin1.txt'), /^not valid UTF-8 text.*convert it to UTF-8/],
    ['an empty file', () => fixture('empty.txt'), /^the file is empty$/],
    ['a white-space-only file', () => fixture('blank.txt'), /^the file contains only white space$/],
    ['an HTML page with no article', () => fixture('no-article.html'), /^no article found: /],
    ['an HTML page nested 3,000 levels deep', () => join(tmp, 'deep.html'), /^the page's elements are nested too deeply \(more than 512 levels\) to analyse$/],
    ['an over-large file', () => join(tmp, 'huge.txt'), /^too large: the file is 21\.0 MB, over the 20 MB limit$/],
    ['a refused connection', () => refusedUrl, /^could not fetch the URL: connection refused$/],
    ['an HTTP error status', () => `${base}/missing`, /^HTTP error 404 Not Found$/],
    ['a URL that times out', () => `${base}/slow`, /^timed out after 1 s/],
    ['a non-text content type', () => `${base}/photo.png`, /^unsupported content type "image\/png": expected HTML or plain text$/],
    ['an over-large response', () => `${base}/huge`, /^too large: the response is 25\.0 MB, over the 20 MB limit$/],
    ['an unsupported URL scheme', () => 'ftp://127.0.0.1/article.txt', /^unsupported URL scheme "ftp:"/],
  ];

  beforeAll(async () => {
    // good and bad interleaved: a failure must not stop or shift the inputs after it
    const good = GOOD.map(([, input]) => input());
    const bad = BAD.map(([, input]) => input());
    order = bad.flatMap((input, i) => (i < good.length ? [input, good[i]!] : [input]));
    run = await runCli(['--format', 'jsonl', '--timeout', '1', ...order]);
    byInput = new Map(jsonLines(run.stdout).map((r) => [r.input, r]));
  });

  test('one line per input, in input order, and exit status 0', () => {
    expect(run.stderr).toBe('');
    expect(jsonLines(run.stdout).map((r) => r.input)).toEqual(order);
    expect(run.code).toBe(0);
  });

  test.each(BAD)('%s gets its own message', (_name, input, message) => {
    const record = byInput.get(input()) as ErrorRecord;
    expect(Object.keys(record)).toEqual(['input', 'error']);
    expect(record.error).toMatch(message);
  });

  test.each(GOOD)('%s gets a record of the exact shape, with the slice invariant', (_name, input) => {
    const record = byInput.get(input()) as AnalysisRecord;
    expect(record).not.toHaveProperty('error');
    expectRecordShape(record);
    expect(record.totals.claims).toBeGreaterThan(0);
  });

  test.each([
    ['article.txt', fixture('article.txt')],
    ['depeche.txt', fixture('depeche.txt')],
    ['notes.log (sniffed as text)', fixture('notes.log')],
  ])('a text file (%s) is analysed as is: offsets index the file text', (name, input) => {
    const record = byInput.get(input) as AnalysisRecord;
    expect(record.text).toBe(readFixture(input.slice(FIXTURES.length + 1)));
    expect(record.title).toBeNull();
  });

  test.each([
    ['an .html file', () => fixture('article.html'), 'Library reopens after flood repairs – Valley Courier'],
    ['an HTML file of unknown extension', () => fixture('story.page'), 'Bus lane trial extended'],
    ['an HTML URL', () => `${base}/article.html`, 'Library reopens after flood repairs – Valley Courier'],
  ])('%s goes through extractArticle: title, paragraphs, no navigation', (_name, input, title) => {
    const record = byInput.get(input()) as AnalysisRecord;
    expect(record.title).toBe(title);
    expect(record.text).not.toMatch(/Home|Subscribe/);
    expect(record.text).toContain('\n\n');
  });

  test.each([
    ['a text/plain URL', () => `${base}/plain`, () => readFixture('article.txt')],
    ['a text/plain URL in ISO-8859-1', () => `${base}/latin1`, () => 'Le maire a déclaré que le pont serait fermé lundi.\n'],
  ])('%s is analysed as text', (_name, input, text) => {
    expect((byInput.get(input()) as AnalysisRecord).text).toBe(text());
  });

  test.each([
    ['article.txt', 'en'],
    ['depeche.txt', 'fr'],
  ])('%s is in %s', (name, language) => {
    expect((byInput.get(fixture(name)) as AnalysisRecord).language).toBe(language);
  });

  test('the sentence with a link in an HTML page is attributed', () => {
    const record = byInput.get(fixture('article.html')) as AnalysisRecord;
    expect(record.sentences.find((s) => s.text.includes('council report'))?.label).toBe('attributed');
  });
});

describe('--url: a saved page read at its own address', () => {
  const SAVED = fixture('saved-page.html');
  const audit = (record: AnalysisRecord) => record.sentences.find((s) => s.text.includes('doubled since 2024'));

  const earlier = (record: AnalysisRecord) => record.sentences.find((s) => s.text.includes('last winter'));
  const tagged = (record: AnalysisRecord) => record.sentences.find((s) => s.text.includes('three summers'));

  test('without it, a relative link points into the file system and an absolute one to another site', async () => {
    const [record] = jsonLines((await runCli(['--format', 'jsonl', SAVED])).stdout) as AnalysisRecord[];
    expect(audit(record!)?.label).toBe('unattributed');
    expect(earlier(record!)?.label).toBe('attributed');
    expect(earlier(record!)?.source).toEqual({ name: 'news.example.com', kind: 'named', outlet: false });
    expect(tagged(record!)?.label).toBe('unattributed');
  });

  test('with it, as in the browser: the outlet\'s own stories are its earlier reporting, listed last; its tag page is no source (TAXONOMY rule 5)', async () => {
    const run = await runCli(['--format', 'jsonl', '--url', 'https://news.example.com/2026/05/tram-delay', SAVED]);
    expect(run.code).toBe(0);
    const [record] = jsonLines(run.stdout) as AnalysisRecord[];
    expect(audit(record!)?.source).toEqual({ name: 'news.example.com', kind: 'named', outlet: true });
    expect(earlier(record!)?.source).toEqual({ name: 'news.example.com', kind: 'named', outlet: true });
    expect(tagged(record!)?.label).toBe('unattributed');
    expect(record!.sources).toEqual([
      { name: 'the transport authority', kind: 'named', outlet: false, mentions: 1 },
      { name: 'news.example.com', kind: 'named', outlet: true, mentions: 2 },
    ]);
    const text = await runCli(['--url', 'https://news.example.com/2026/05/tram-delay', SAVED]);
    expect(text.stdout).toMatch(/news\.example\.com +own site +2 mentions/);
  });

  test.each([
    ['an address that is no URL', ['--url', 'news.example.com/a', SAVED], /--url must be an http or https address, not "news\.example\.com\/a"/],
    ['a file: address', ['--url', 'file:///tmp/a.html', SAVED], /--url must be an http or https address/],
    ['two inputs', ['--url', 'https://news.example.com/a', SAVED, fixture('article.html')], /--url is the address of one saved page: give one input, not 2/],
    ['a URL input', ['--url', 'https://news.example.com/a', 'https://news.example.com/b'], /--url is for a saved file: a URL input is read at its own address/],
  ])('refused with %s: a usage error, exit 2', async (_name, args, message) => {
    const run = await runCli(args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
  });
});

describe('exit status', () => {
  test.each([
    ['every input failed: exit 1', ['--format', 'jsonl', fixture('missing.txt'), fixture('empty.txt')], 1],
    ['one input of two failed: exit 0', ['--format', 'jsonl', fixture('missing.txt'), fixture('notes.log')], 0],
  ])('%s', async (_name, args, code) => {
    const run = await runCli(args);
    expect(run.code).toBe(code);
    expect(jsonLines(run.stdout)).toHaveLength(2);
  });

  test.each([
    ['an unknown format', ['--format', 'xml', fixture('notes.log')], /unknown format "xml"/],
    ['an unknown language', ['--lang', 'de', fixture('notes.log')], /unknown language "de"/],
    ['an unknown option', ['--colour', fixture('notes.log')], /unknown option '--colour'/],
    ['no input', [], /no input given/],
  ])('a usage error (%s) exits 2 with the usage on stderr', async (_name, args, message) => {
    const run = await runCli(args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
    expect(run.stderr).toContain('Usage: npm run -s analyze --');
  });
});

describe('formats', () => {
  test('json: the same objects as one array, errors included, --lang forcing the rules', async () => {
    const run = await runCli(['--format', 'json', '--lang', 'en', fixture('depeche.txt'), fixture('missing.txt')]);
    expect(run.code).toBe(0);
    const records = JSON.parse(run.stdout) as [AnalysisRecord, ErrorRecord];
    expect(records).toHaveLength(2);
    expectRecordShape(records[0]);
    expect(records[0].language).toBe('en');
    expect(records[1]).toEqual({ input: fixture('missing.txt'), error: 'file not found' });
  });

  test('text: labels, reasons, totals and sources; failures on stderr; no colour into a pipe', async () => {
    const run = await runCli([fixture('article.txt'), fixture('missing.txt'), fixture('bericht.txt')]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(`unsourced: ${fixture('missing.txt')}: file not found\n`);
    const out = run.stdout;
    expect(out).not.toContain('\x1b[');
    expect(out).toContain(`== ${fixture('article.txt')}`);
    expect(out).toMatch(/^ {2}attributed {4}Ferry workers on the Marrow Island route walked out/m);
    expect(out).toMatch(/^ {2}vague {9}Port officials said/m);
    expect(out).toMatch(/^ {2}hedged {8}The operator is reportedly losing/m);
    expect(out).toMatch(/^ {2}unattributed {2}The island has no airport/m);
    expect(out).toMatch(/^ {16}- .*reportedly/m);
    expect(out).toMatch(/^Totals {4}\d+ sentences, \d+ claims$/m);
    expect(out).toMatch(/^Sources {3}\S/m);
    expect(out).toMatch(/The text is in German \(de\).*English rules were used/);
  });

  test('markdown: title, totals table, sources, flagged claims with reasons', async () => {
    const run = await runCli(['--format', 'markdown', fixture('article.html'), fixture('notes.log')]);
    expect(run.code).toBe(0);
    const out = run.stdout;
    expect(out).toMatch(/^# Library reopens after flood repairs – Valley Courier$/m);
    expect(out).toMatch(/^\| Label \| Claims \| Share \|$/m);
    expect(out).toMatch(/^\| Attributed \| \d+ \| \d+% \|$/m);
    expect(out).toMatch(/^## Sources$/m);
    expect(out).toMatch(/^\| (head librarian )?Owen Pryce \| named \| 1 \|$/m);
    expect(out).toMatch(/^## Flagged claims \(\d+\)$/m);
    expect(out).toMatch(/^\d+\. \*\*Hedged:\*\* The new opening hours, which end at six, were reportedly chosen/m);
    expect(out).toMatch(/^ {3}- .*reportedly/m);
    expect(out).toContain('\n---\n');
    expect(out).toMatch(/^# test\/fixtures\/cli\/notes\.log$/m);
  });
});

describe('standard input', () => {
  test('"-" is read as text; a second "-" finds it empty', async () => {
    const text = 'The harbour master said the port would reopen on Monday.\r\nIt has been closed for a week.\n';
    const run = await runCli(['--format', 'jsonl', '-', '-'], { stdin: text });
    expect(run.code).toBe(0);
    const [first, second] = jsonLines(run.stdout) as [AnalysisRecord, ErrorRecord];
    expectRecordShape(first);
    expect(first.input).toBe('-');
    expect(first.text).toBe(text);
    expect(first.sentences[0]!.label).toBe('attributed');
    expect(second).toEqual({ input: '-', error: 'standard input is empty' });
  });
});
