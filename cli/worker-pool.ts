import { Worker } from 'node:worker_threads';
import type { Outcome } from './analyze-input';
import type { Job } from './job';
import type { JobOptions } from './run-job';

interface Task {
  job: Job;
  resolve: (outcome: Outcome) => void;
}

interface Slot {
  worker: Worker;
  task: Task | null;
}

/**
 * Up to `size` worker threads running `runJob` (the built `analyze-worker.mjs`), started as work
 * arrives. A worker that dies (out of memory on one page, a crash) fails its job only: the job gets
 * an error outcome and a new worker takes the next one.
 */
export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Task[] = [];
  private closed = false;

  constructor(
    private readonly workerUrl: URL,
    private readonly size: number,
    private readonly options: JobOptions,
  ) {}

  run(job: Job): Promise<Outcome> {
    return new Promise((resolve) => {
      this.queue.push({ job, resolve });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
    this.slots.length = 0;
  }

  private dispatch(): void {
    while (this.queue.length) {
      let slot = this.slots.find((s) => s.task === null);
      if (!slot && this.slots.length < this.size) slot = this.spawn();
      if (!slot) return;
      const task = this.queue.shift()!;
      slot.task = task;
      slot.worker.postMessage(task.job);
    }
  }

  private spawn(): Slot {
    const worker = new Worker(this.workerUrl, { workerData: this.options });
    const slot: Slot = { worker, task: null };
    worker.on('message', (outcome: Outcome) => {
      const task = slot.task;
      slot.task = null;
      task?.resolve(outcome);
      this.dispatch();
    });
    const fail = (reason: string) => {
      if (this.closed) return;
      const index = this.slots.indexOf(slot);
      if (index === -1) return;
      this.slots.splice(index, 1);
      const task = slot.task;
      slot.task = null;
      task?.resolve({ input: task.job.input, error: `unexpected error: the worker analysing it stopped (${reason})` });
      this.dispatch();
    };
    worker.on('error', (error) => fail(error.message));
    worker.on('exit', (code) => fail(`exit code ${code}`));
    this.slots.push(slot);
    return slot;
  }
}
