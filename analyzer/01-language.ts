import { LEXICONS } from './lexicons';
import type { Language } from './types';

export interface LanguageChoice {
  /** The rules used. */
  language: Language;
  /** What the text or the hint says it is (`en`, `fr`, `de`, `zh`, ... or `und`). */
  detected: string;
  unsupported: boolean;
}

// Stop words of languages we do not analyse, only to say which one a page is in.
const OTHER_STOPWORDS: Record<string, string[]> = {
  de: 'der die das und ist nicht mit den von sich auch auf dem ein eine für wird zu im'.split(' '),
  es: 'el los las del y en por con una para es se lo como más pero sus al fue'.split(' '),
  it: 'il di che della per non sono gli una è con del alla nel anche come più dei'.split(' '),
  pt: 'o os da do das dos não uma em para com que é mais como ao foi pelo pela'.split(' '),
  nl: 'de het een van en is dat op te zijn niet met voor ook maar bij als door'.split(' '),
};
const SCRIPTS: [string, RegExp][] = [
  ['ja', /[\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ['zh', /\p{Script=Han}/u],
  ['ko', /\p{Script=Hangul}/u],
  ['ru', /\p{Script=Cyrillic}/u],
  ['ar', /\p{Script=Arabic}/u],
  ['he', /\p{Script=Hebrew}/u],
  ['el', /\p{Script=Greek}/u],
  ['th', /\p{Script=Thai}/u],
  ['hi', /\p{Script=Devanagari}/u],
];
const TABLES: [string, Set<string>][] = [
  ...(Object.values(LEXICONS).map((l) => [l.language, new Set(l.stopwords)]) as [string, Set<string>][]),
  ...Object.entries(OTHER_STOPWORDS).map(([k, v]) => [k, new Set(v)] as [string, Set<string>]),
];
const WORD = /[\p{L}]+/gu;
// Enough text to decide; reading more changes nothing but the time taken.
const SAMPLE = 20_000;

/** Stop-word and script counts over the start of the text: the most likely language, or `und`. */
export function detectLanguage(text: string): { code: string; confident: boolean } {
  const sample = text.slice(0, SAMPLE);
  const counts = new Map<string, number>();
  let letters = 0;
  const scriptCounts = new Map<string, number>();
  for (const ch of sample) {
    if (!/\p{L}/u.test(ch)) continue;
    letters++;
    if (ch.charCodeAt(0) < 0x370) continue;
    for (const [code, re] of SCRIPTS) {
      if (re.test(ch)) {
        scriptCounts.set(code, (scriptCounts.get(code) ?? 0) + 1);
        break;
      }
    }
  }
  for (const [code, n] of scriptCounts) if (n > letters * 0.3) return { code: code === 'zh' && scriptCounts.has('ja') ? 'ja' : code, confident: true };
  let words = 0;
  for (const m of sample.toLowerCase().matchAll(WORD)) {
    words++;
    for (const [code, set] of TABLES) if (set.has(m[0])) counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (!best || best[1] < 2) return { code: 'und', confident: false };
  const confident = best[1] >= 8 && best[1] >= (second?.[1] ?? 0) * 2 && best[1] >= words * 0.05;
  return { code: best[0], confident };
}

const isSupported = (code: string): code is Language => code in LEXICONS;

/**
 * The rules to use: an explicit choice wins; then the page's own hint unless the text clearly says
 * otherwise; then what the text says. Unsupported languages get the English rules.
 */
export function chooseLanguage(text: string, hint: string | null | undefined, forced?: string): LanguageChoice {
  if (forced && forced !== 'auto') {
    const code = primary(forced);
    return isSupported(code) ? { language: code, detected: code, unsupported: false } : { language: 'en', detected: code, unsupported: true };
  }
  const detected = detectLanguage(text);
  const hinted = hint ? primary(hint) : '';
  let code = detected.code;
  if (hinted && /^[a-z]{2,3}$/.test(hinted) && (!detected.confident || detected.code === hinted)) code = hinted;
  if (code === 'und') code = hinted || 'en';
  return isSupported(code) ? { language: code, detected: code, unsupported: false } : { language: 'en', detected: code, unsupported: true };
}

function primary(tag: string): string {
  return tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
}
