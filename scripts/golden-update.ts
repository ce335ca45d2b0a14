import { writeFileSync } from 'node:fs';
import { analysePage, available, expectedPath, GOLDEN_PAGES, snapshotOf } from '../test/golden/golden-pages';

// npm run golden:update [id ...]: writes the expected file of each golden page (all by default).
const wanted = process.argv.slice(2);
const unknown = wanted.filter((id) => !GOLDEN_PAGES.some((p) => p.id === id));
if (unknown.length) {
  console.error(`unknown page${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}\nknown: ${GOLDEN_PAGES.map((p) => p.id).join(', ')}`);
  process.exit(2);
}
let missing = 0;
for (const page of GOLDEN_PAGES.filter((p) => !wanted.length || wanted.includes(p.id))) {
  if (!available(page)) {
    console.error(`${page.id}: ${page.path} is absent, left as it was`);
    missing++;
    continue;
  }
  writeFileSync(expectedPath(page), snapshotOf(page, await analysePage(page)));
  console.log(`${page.id}: written`);
}
process.exit(missing && wanted.length ? 1 : 0);
