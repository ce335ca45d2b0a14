import { existsSync, readFileSync } from 'node:fs';
import { plainArticleHtml } from './plain-article-html';
import { SEED_ARTICLE } from './paths';

export const seedPresent = existsSync(SEED_ARTICLE);

if (!seedPresent) {
  console.warn(
    `\n[e2e] ${SEED_ARTICLE} is missing: the seed page test is SKIPPED.\n` +
      '      Put the shared folder beside the checkout to run it.\n',
  );
}

/** The seed report as a plain HTML page, built at test time (third-party text is never committed). */
export function seedPageHtml(): string {
  return plainArticleHtml(readFileSync(SEED_ARTICLE, 'utf8'), { lang: 'fr', title: 'Seed report' });
}
