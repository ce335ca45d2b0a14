import { isLetter, runs } from '../chars';
import sectionPaths from '../lexicons/section-paths';

const SECTION_FOLDERS: ReadonlySet<string> = new Set(sectionPaths);

/**
 * Whether an address of the article's own site is one of its stories (the outlet's earlier reporting,
 * a source under TAXONOMY rule 5) rather than a tag, topic, section or author page (no source). A
 * story's address carries a date ("/2013/05/12/"), a long number (an id: "/news/world-22469350",
 * "article_a1234567.html") or a slug of at least four words ("/drought-hits-the-wheat-belt"); a
 * listing's does not, or sits under a listing folder ("/topic/climate-change-and-energy-policy", a
 * "topics." host).
 */
export function isOwnStory(url: URL): boolean {
  if (/^topics?\./i.test(url.hostname)) return false;
  const folders = url.pathname.split('/').filter(Boolean).map((f) => safeDecode(f).toLowerCase());
  if (folders.length === 0) return false;
  if (SECTION_FOLDERS.has(folders[0]!)) return false;
  const path = folders.join('/');
  if (/(?:^|\/)(?:19|20)\d\d\/(?:0?[1-9]|1[0-2])(?:\/|$)/.test(path) || /(?:^|\D)(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?:\D|$)/.test(path)) return true;
  if (/\d{6,}/.test(path)) return true;
  const last = folders[folders.length - 1]!.replace(/\.[a-z]{2,5}$/, '');
  return last.split(/[-_]+/).filter((w) => runs(w, isLetter, 1).length > 0).length >= 4;
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}
