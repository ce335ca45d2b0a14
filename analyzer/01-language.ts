import { codePointAt, isLatinText, isLetter, LATIN_LETTER } from './chars';

const LATIN_WORD = new RegExp(`[${LATIN_LETTER}]+`, 'g');
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
// Scripts by their main Unicode blocks: enough to name a page's language, and no \p{Script=…} to
// compile in every page.
const SCRIPTS: [string, [number, number][]][] = [
  ['ja', [[0x3040, 0x30ff], [0x31f0, 0x31ff], [0xff66, 0xff9f]]],
  ['zh', [[0x3400, 0x4dbf], [0x4e00, 0x9fff], [0xf900, 0xfaff], [0x20000, 0x3134f]]],
  ['ko', [[0x1100, 0x11ff], [0x3130, 0x318f], [0xac00, 0xd7af]]],
  ['ru', [[0x0400, 0x052f], [0x1c80, 0x1c8f], [0x2de0, 0x2dff], [0xa640, 0xa69f]]],
  ['ar', [[0x0600, 0x06ff], [0x0750, 0x077f], [0x08a0, 0x08ff], [0xfb50, 0xfdff], [0xfe70, 0xfeff]]],
  ['he', [[0x0590, 0x05ff], [0xfb1d, 0xfb4f]]],
  ['el', [[0x0370, 0x03ff], [0x1f00, 0x1fff]]],
  ['th', [[0x0e00, 0x0e7f]]],
  ['hi', [[0x0900, 0x097f], [0xa8e0, 0xa8ff]]],
];
const scriptOf = (c: number) => SCRIPTS.find(([, ranges]) => ranges.some(([a, b]) => c >= a && c <= b))?.[0];
// Each stop word with the languages it belongs to, ours first: one lookup per word of the text.
const STOPWORD_LANGUAGES = new Map<string, string[]>();
for (const [code, words] of [...Object.values(LEXICONS).map((l) => [l.language, l.stopwords] as const), ...Object.entries(OTHER_STOPWORDS)]) {
  for (const w of new Set(words)) {
    const codes = STOPWORD_LANGUAGES.get(w);
    if (codes) codes.push(code);
    else STOPWORD_LANGUAGES.set(w, [code]);
  }
}
// Enough text to decide; reading more changes nothing but the time taken.
const SAMPLE = 20_000;

/** Stop-word and script counts over the start of the text: the most likely language, or `und`. */
export function detectLanguage(text: string): { code: string; confident: boolean } {
  const { words, letters, scripts } = lettersOf(text.slice(0, SAMPLE).toLowerCase());
  for (const [code, n] of scripts) if (n > letters * 0.3) return { code: code === 'zh' && scripts.has('ja') ? 'ja' : code, confident: true };
  const counts = new Map<string, number>();
  for (const w of words) {
    const codes = STOPWORD_LANGUAGES.get(w);
    if (codes) for (const code of codes) counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (!best || best[1] < 2) return { code: 'und', confident: false };
  const confident = best[1] >= 8 && best[1] >= (second?.[1] ?? 0) * 2 && best[1] >= words.length * 0.05;
  return { code: best[0], confident };
}

/** The words of a lower-cased text, its number of letters, and the letters of each script it has. */
function lettersOf(lower: string): { words: string[]; letters: number; scripts: Map<string, number> } {
  const scripts = new Map<string, number>();
  // Latin text (isLatinText) has no other script: the engine finds its words.
  if (isLatinText(lower)) return { words: lower.match(LATIN_WORD) ?? [], letters: 0, scripts };
  const words: string[] = [];
  let letters = 0;
  let wordStart = -1;
  for (let i = 0; i <= lower.length; ) {
    const c = i < lower.length ? codePointAt(lower, i) : -1;
    if (c >= 0 && isLetter(c)) {
      letters++;
      const script = c < 0x370 ? undefined : scriptOf(c);
      if (script) scripts.set(script, (scripts.get(script) ?? 0) + 1);
      if (wordStart < 0) wordStart = i;
    } else if (wordStart >= 0) {
      words.push(lower.slice(wordStart, i));
      wordStart = -1;
    }
    i += c > 0xffff ? 2 : 1;
  }
  return { words, letters, scripts };
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
