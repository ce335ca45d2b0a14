import type { Outcome } from './analyze-input';
import { formatMarkdown } from './format-markdown';
import { formatText } from './format-text';
import type { Format } from './parse-cli-args';
import { toRecord, type AnalysisRecord, type ErrorRecord } from './to-record';

export interface Output {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  color: boolean;
}

/** Writes the outcomes of one run, each as soon as it is known. */
export interface Formatter {
  each(outcome: Outcome): void;
  end(): void;
}

/** The writer for one run in the chosen format. */
export function createFormatter(format: Format, out: Output): Formatter {
  switch (format) {
    case 'text':
      return humanReport(out, '\n', (o) => formatText(o.input, o.analysis, out.color));
    case 'markdown':
      return humanReport(out, '\n---\n\n', (o) => formatMarkdown(o.input, o.analysis));
    case 'jsonl':
      // one object per input per line, failures too, so lines and inputs stay paired
      return {
        each: (outcome) => out.stdout(JSON.stringify(recordOf(outcome)) + '\n'),
        end: () => {},
      };
    case 'json': {
      // the jsonl objects as one array, written as it goes
      let count = 0;
      return {
        each(outcome) {
          const json = JSON.stringify(recordOf(outcome), null, 2).replace(/\n/g, '\n  ');
          out.stdout(`${count++ === 0 ? '[' : ','}\n  ${json}`);
        },
        end: () => out.stdout(count === 0 ? '[]\n' : '\n]\n'),
      };
    }
  }
}

/** Human reports tell failures on stderr, so that stdout stays the report. */
function humanReport(
  out: Output,
  separator: string,
  render: (outcome: Extract<Outcome, { analysis: unknown }>) => string,
): Formatter {
  let printed = 0;
  return {
    each(outcome) {
      if ('error' in outcome) {
        out.stderr(`unsourced: ${outcome.input}: ${outcome.error}\n`);
        return;
      }
      out.stdout((printed++ > 0 ? separator : '') + render(outcome));
    },
    end: () => {},
  };
}

function recordOf(outcome: Outcome): AnalysisRecord | ErrorRecord {
  return 'error' in outcome ? { input: outcome.input, error: outcome.error } : toRecord(outcome.input, outcome.analysis);
}
