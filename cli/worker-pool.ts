import { Worker } from 'node:worker_threads';
import type { Outcome } from './analyze-input';
import type { Job } from './job';
import type { JobOptions } from './run-job';

/**
 * The old-generation heap of a pool thread, in MB. V8 grows a heap with the allocation rate, not with
 * what is live: uncapped, two threads reached 550 MB on 1,290 news pages although a page needs a few
 * MB once analysed (with this cap the same run peaks near 300 MB, at the same speed). 128 MB holds a
 * 5 MB article; a bigger page is retried alone in a thread without the cap (see `fail`).
 */
export const POOL_HEAP_MB = 128;

interface Task {
  job: Job;
  resolve: (outcome: Outcome) => void;
  /** Already sent back once for want of memory: the next failure is final. */
  retried: boolean;
}

interface Slot {
  worker: Worker;
  task: Task | null;
  /** A thread started for one oversized page, without the heap cap; it ends with that page. */
  large: boolean;
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
    private readonly heapMb: number = POOL_HEAP_MB,
  ) {}

  run(job: Job): Promise<Outcome> {
    return new Promise((resolve) => {
      this.queue.push({ job, resolve, retried: false });
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
      let slot = this.slots.find((s) => s.task === null && !s.large);
      if (!slot && this.slots.filter((s) => !s.large).length < this.size) slot = this.spawn(false);
      if (!slot) return;
      this.assign(slot, this.queue.shift()!);
    }
  }

  private assign(slot: Slot, task: Task): void {
    slot.task = task;
    slot.worker.postMessage(task.job);
  }

  private spawn(large: boolean): Slot {
    const resourceLimits = large ? undefined : { maxOldGenerationSizeMb: this.heapMb };
    const worker = new Worker(this.workerUrl, { workerData: this.options, resourceLimits });
    const slot: Slot = { worker, task: null, large };
    worker.on('message', (outcome: Outcome) => {
      const task = slot.task;
      slot.task = null;
      task?.resolve(outcome);
      if (slot.large) void this.retire(slot);
      this.dispatch();
    });
    let failed = false;
    const fail = (error: Error | null, reason: string) => {
      if (this.closed || failed) return;
      failed = true;
      const index = this.slots.indexOf(slot);
      if (index !== -1) this.slots.splice(index, 1);
      const task = slot.task;
      slot.task = null;
      if (task && !task.retried && !slot.large && (error as NodeJS.ErrnoException | null)?.code === 'ERR_WORKER_OUT_OF_MEMORY') {
        // outgrew the capped heap: once more, alone, in a thread as large as Node allows
        task.retried = true;
        this.assign(this.spawn(true), task);
      } else {
        task?.resolve({ input: task.job.input, error: `unexpected error: the worker analysing it stopped (${reason})` });
      }
      this.dispatch();
    };
    worker.on('error', (error) => fail(error, error.message));
    worker.on('exit', (code) => fail(null, `exit code ${code}`));
    this.slots.push(slot);
    return slot;
  }

  /** A large thread has done its one page: its memory goes back to the system. */
  private async retire(slot: Slot): Promise<void> {
    const index = this.slots.indexOf(slot);
    if (index !== -1) this.slots.splice(index, 1);
    await slot.worker.terminate();
  }
}
