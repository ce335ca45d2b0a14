import type { BlockRole } from '../analyzer/types';

/**
 * Words in class names and ids that mark the furniture around an article (TAXONOMY rule 10). A class
 * is cut into words at hyphens, underscores, spaces and camelCase humps ("pb-caption" → pb, caption;
 * "cnnDateStamp" → cnn, date, stamp), and each word is looked up here. Sites name their furniture
 * in English whatever their language, with a few French names.
 *
 * Rejected:
 * - 'meta', 'info', 'details': also on the article's own wrapper.
 * - 'time': also in "timeline", a chronology that is part of the story.
 * - 'media', 'inline', 'module', 'embed': wrappers of videos and graphics that also hold body text.
 * - 'quote', 'pullquote': a pull quote repeats the article, but a quote box may be the only copy.
 * - 'summary', 'standfirst', 'lede': the article's own first claims.
 */
export const FURNITURE_CLASS_WORDS: ReadonlyMap<string, BlockRole> = new Map<string, BlockRole>([
  ...words('caption', 'caption figcaption credit credits copyright photographer legende légende'),
  ...words('byline', 'byline bylines author authors contributor contributors signature sig bio biography auteur'),
  ...words('dateline', 'date dateline datestamp timestamp pubdate'),
  ...words('related', 'related interstitial recirc recirculation readmore teaser teasers outbrain taboola'),
  ...words('prompt', 'newsletter newsletters subscribe subscription signup paywall share sharing social donate abonnement'),
  ...words('aside', 'sidebar'),
]);

/** ARIA roles with the same meaning. */
export const FURNITURE_ARIA_ROLES: ReadonlyMap<string, BlockRole> = new Map<string, BlockRole>([
  ['complementary', 'aside'],
  ['contentinfo', 'byline'],
]);

/** Elements whose own name says what they hold. */
export const FURNITURE_TAGS: ReadonlyMap<string, BlockRole> = new Map<string, BlockRole>([
  ['figure', 'caption'], ['figcaption', 'caption'], ['caption', 'caption'],
  ['aside', 'aside'],
  ['td', 'table'], ['th', 'table'],
  ['time', 'dateline'],
  // the block is only these: a bare link, a bold line
  ['a', 'link'],
  ['b', 'emphasis'], ['strong', 'emphasis'],
]);

/**
 * An element holding more text than this is a wrapper, not furniture: a site whose article body has
 * the class "author-content" must not turn the article into a byline. Captions, credits, date stamps
 * and related links are short; 600 characters is about 100 words.
 */
export const MAX_FURNITURE_CHARS = 600;

function words(role: BlockRole, list: string): [string, BlockRole][] {
  return list.split(/\s+/).map((w) => [w, role]);
}
