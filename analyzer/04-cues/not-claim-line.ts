import type { CompiledLexicon } from './compiled-lexicon';
import type { SentenceCues } from './sentence-cues';

/** A byline, a credit, a call to action, boilerplate: the first not-claim rule the sentence matches. */
export function notClaimLine(c: CompiledLexicon, text: string, latin: boolean): SentenceCues['notClaim'] {
  for (const { rule, re } of c.notClaims) if (re.test(text, latin)) return { code: rule.code, cue: text.slice(0, 60), message: rule.reason };
  return null;
}
