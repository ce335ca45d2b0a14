import type { Outcome } from './analyze-input';
import type { Job } from './job';

export interface Done {
  job: Job;
  outcome: Outcome;
}

/**
 * Runs jobs `window` at a time and yields their outcomes in input order, each as soon as it and all
 * before it are done. No more than `window` jobs are read ahead, so memory stays bounded whatever the
 * number of inputs: one slow page holds the output back, never the reading of a million records.
 */
export async function* orderedOutcomes(jobs: AsyncIterable<Job>, run: (job: Job) => Promise<Outcome>, window: number): AsyncGenerator<Done> {
  const pending: Promise<Done>[] = [];
  const iterator = jobs[Symbol.asyncIterator]();
  let exhausted = false;
  for (;;) {
    while (!exhausted && pending.length < window) {
      const next = await iterator.next();
      if (next.done) {
        exhausted = true;
        break;
      }
      const job = next.value;
      pending.push(run(job).then((outcome) => ({ job, outcome })));
    }
    const head = pending.shift();
    if (!head) return;
    yield await head;
  }
}
