import { join, resolve } from 'node:path';
import { ROOT } from '../../../harness/paths';

/** Pages written for these tests. */
export const FIXTURES = join(ROOT, 'test', 'e2e', 'fixtures');
/** Screenshots the run saves for a person to look at (gitignored). */
export const SCREENSHOTS = join(ROOT, 'test', 'e2e', 'screenshots');
/** `../shared/corpus` beside the checkout: third-party text, read at test time, never committed. */
export const SEED_ARTICLE = resolve(ROOT, '..', 'shared', 'corpus', 'seed', 'article.txt');
