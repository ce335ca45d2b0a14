import { analyzeInput } from './analyze-input';
import { createFormatter } from './create-formatter';
import { parseCliArgs } from './parse-cli-args';
import { USAGE } from './usage';
import { useColor } from './use-color';

/** `npm run -s analyze -- [options] <input>...`: extract + analyze on files, URLs and stdin. */
async function main(argv: string[]): Promise<number> {
  const parsed = parseCliArgs(argv);
  if (parsed.kind === 'help') {
    process.stdout.write(USAGE);
    return 0;
  }
  if (parsed.kind === 'usage-error') {
    process.stderr.write(`unsourced: ${parsed.message}\n\n${USAGE}`);
    return 2;
  }
  const { format, lang, timeoutSeconds, pageUrl, inputs } = parsed.options;
  const formatter = createFormatter(format, {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    color: useColor(process.stdout.isTTY, process.env),
  });
  let failures = 0;
  // one after the other: output stays in input order and stdin is read once, in its turn
  for (const input of inputs) {
    const outcome = await analyzeInput(input, { lang, timeoutSeconds, pageUrl, stdin: process.stdin });
    if ('error' in outcome) failures++;
    formatter.each(outcome);
  }
  formatter.end();
  return failures === inputs.length ? 1 : 0;
}

// `… | head` closes the pipe early: that is the reader's choice, not an error
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`unsourced: unexpected error: ${(error as Error)?.stack ?? String(error)}\n`);
    process.exitCode = 70;
  },
);
