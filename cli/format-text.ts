import { CLAIM_LABELS, type Analysis, type Label } from '../analyzer/types';
import { ANSI_BOLD, ANSI_DIM, ANSI_RESET, LABEL_STYLE } from './label-style';
import { languageName } from './language-name';
import { languageNote } from './language-note';
import { kindWord } from './kind-word';

/** Width of the label column: the longest label, `unattributed`, and two spaces. */
const LABEL_WIDTH = 14;
const INDENT = '  ';
const DETAIL_INDENT = INDENT + ' '.repeat(LABEL_WIDTH);

/**
 * The terminal report: every sentence behind its label with the reasons and the source under it,
 * then the totals and the sources.
 */
export function formatText(input: string, analysis: Analysis, color: boolean): string {
  const paint = (ansi: string, text: string) => (color ? `${ansi}${text}${ANSI_RESET}` : text);
  const lines: string[] = [];

  lines.push(paint(ANSI_BOLD, `== ${input}`));
  if (analysis.title) lines.push(`Title     ${analysis.title}`);
  lines.push(`Language  ${languageName(analysis.unsupportedLanguage ? analysis.languageDetected : analysis.language)}`);
  const note = languageNote(analysis);
  if (note) lines.push(paint(LABEL_STYLE.vague.ansi, `Warning   ${note}`));

  for (const s of analysis.sentences) {
    lines.push('');
    lines.push(INDENT + paint(LABEL_STYLE[s.label].ansi, s.label.padEnd(LABEL_WIDTH)) + s.text);
    for (const r of s.reasons) lines.push(paint(ANSI_DIM, `${DETAIL_INDENT}- ${r.message}`));
    if (s.source) lines.push(paint(ANSI_DIM, `${DETAIL_INDENT}source: ${s.source.name} (${s.source.kind})`));
  }

  const t = analysis.totals;
  lines.push('', `Totals    ${plural(t.sentences, 'sentence')}, ${plural(t.claims, 'claim')}`);
  for (const label of CLAIM_LABELS) {
    const count = String(t[label]).padStart(4);
    const share = t.claims ? `${String(Math.round((100 * t[label]) / t.claims)).padStart(4)}%` : '';
    lines.push(`          ${paint(LABEL_STYLE[label as Label].ansi, label.padEnd(LABEL_WIDTH))}${count}${share}`);
  }
  if (analysis.sources.length === 0) {
    lines.push('Sources   none found');
  } else {
    const width = Math.max(...analysis.sources.map((s) => s.name.length)) + 2;
    analysis.sources.forEach((s, i) => {
      const head = i === 0 ? 'Sources   ' : '          ';
      lines.push(`${head}${s.name.padEnd(width)}${kindWord(s).padEnd(11)}${plural(s.mentions, 'mention')}`);
    });
  }
  return lines.join('\n') + '\n';
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
