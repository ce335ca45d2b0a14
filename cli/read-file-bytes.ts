import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { formatSize } from './format-size';
import { InputError } from './input-error';
import { MAX_INPUT_BYTES, MAX_INPUT_LABEL } from './limits';
import { readAllBytes } from './read-all-bytes';

/** What a file-system error code means to the person who typed the path. */
const FILE_ERRORS: Record<string, string> = {
  ENOENT: 'file not found',
  ENOTDIR: 'file not found (a part of the path is not a directory)',
  EISDIR: 'this is a directory, not a file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ELOOP: 'too many symbolic links in the path',
  ENAMETOOLONG: 'the file name is too long',
};

/** A file's bytes, with a clear message for every way a path can fail. */
export async function readFileBytes(path: string): Promise<Uint8Array> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new InputError(FILE_ERRORS.EISDIR!);
    if (!info.isFile()) {
      // a FIFO or a device (/dev/stdin, `<(cmd)`): its size is unknown until read
      return await readAllBytes(createReadStream(path), 'the file');
    }
    if (info.size > MAX_INPUT_BYTES) {
      throw new InputError(`too large: the file is ${formatSize(info.size)}, over the ${MAX_INPUT_LABEL} limit`);
    }
    return await readFile(path);
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code ?? '';
    throw new InputError(FILE_ERRORS[code] ?? `cannot read the file: ${(error as Error).message}`);
  }
}
