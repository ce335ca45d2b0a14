import { parentPort, workerData } from 'node:worker_threads';
import type { Job } from './job';
import { runJob, type JobOptions } from './run-job';

/** A worker thread of `--jobs N`: one job at a time, its outcome posted back. */
const options = workerData as JobOptions;
parentPort!.on('message', (job: Job) => {
  void runJob(job, options).then((outcome) => parentPort!.postMessage(outcome));
});
