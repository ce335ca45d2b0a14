import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename, dirname, extname, resolve } from 'node:path';
import type { Job } from './job';
import { MAX_INPUT_BYTES, MAX_INPUT_LABEL } from './limits';
import { parseRecord } from './parse-record';
import { readAllBytes } from './read-all-bytes';
import { readLines } from './read-lines';
import { walkFolder } from './walk-folder';
import { InputError } from './input-error';

export interface ListOptions {
  stdin: AsyncIterable<Uint8Array>;
  /** `--records`: standard input is JSONL records, not one text. */
  records: boolean;
  /** `--url`: the one saved file's address. */
  pageUrl: string | null;
}

/** Files of records: one page per line. */
const RECORD_EXTENSIONS = new Set(['.jsonl', '.ndjson']);

/**
 * The command line's inputs as jobs, in order and as they come: a folder becomes its pages, a JSONL
 * file or `--records` standard input one job per line. Lazy: a folder is walked and records are read
 * only as fast as the run takes them, so memory stays bounded.
 */
export async function* listJobs(inputs: string[], options: ListOptions): AsyncGenerator<Job> {
  for (const input of inputs) {
    if (input === '-') {
      if (options.records) {
        yield* recordJobs(options.stdin, 'standard input', 'standard input');
        continue;
      }
      try {
        yield { kind: 'stdin', input, site: 'standard input', bytes: await readAllBytes(options.stdin, 'standard input') };
      } catch (error) {
        yield { kind: 'error', input, site: 'standard input', error: (error as InputError).message };
      }
      continue;
    }
    if (/^[a-z][a-z\d+.-]*:\/\//i.test(input) && !/^file:/i.test(input)) {
      yield { kind: 'input', input, site: hostOf(input) ?? input };
      continue;
    }
    const kind = await pathKind(input);
    if (kind === 'folder' && options.pageUrl) {
      // every page of a folder at one address would make all their relative links wrong but one's
      yield { kind: 'error', input, site: fileSite(input, options.pageUrl), error: '--url is the address of one saved page, not of a folder' };
    } else if (kind === 'folder') {
      let any = false;
      for await (const file of walkFolder(input)) {
        any = true;
        yield { kind: 'input', input: file, site: fileSite(file, null) };
      }
      if (!any) yield { kind: 'error', input, site: fileSite(input, null), error: 'no .html, .htm or .txt file in this folder' };
    } else if (kind === 'file' && RECORD_EXTENSIONS.has(extname(input).toLowerCase())) {
      yield* recordJobs(createReadStream(input), input, basename(dirname(resolve(input))));
    } else {
      // a file, or a path that fails: its reader says why, as for any file
      yield { kind: 'input', input, site: fileSite(input, options.pageUrl) };
    }
  }
}

async function* recordJobs(source: AsyncIterable<Uint8Array>, name: string, site: string): AsyncGenerator<Job> {
  try {
    for await (const line of readLines(source, MAX_INPUT_BYTES)) {
      const where = `${name}:${line.number}`;
      if (line.text === null) {
        yield { kind: 'error', input: where, site, error: `too large: the record is over the ${MAX_INPUT_LABEL} limit` };
      } else if (line.text.trim()) {
        yield parseRecord(line.text, where, site);
      }
    }
  } catch (error) {
    yield { kind: 'error', input: name, site, error: `cannot read the records: ${(error as Error).message}` };
  }
}

async function pathKind(path: string): Promise<'folder' | 'file' | 'other'> {
  try {
    const info = await stat(path);
    return info.isDirectory() ? 'folder' : info.isFile() ? 'file' : 'other';
  } catch {
    return 'other';
  }
}

/** A saved page's site: the host of the address it was read at, else the folder it was saved in. */
function fileSite(path: string, pageUrl: string | null): string {
  return (pageUrl && hostOf(pageUrl)) || basename(dirname(resolve(path)));
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).host || null;
  } catch {
    return null;
  }
}
