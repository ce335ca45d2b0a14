/** A step that took longer than it may (the corpus runner then records the page as timed out and goes on). */
export class TimeoutError extends Error {}

/** `promise`, or a TimeoutError after `ms` (the promise itself is left to settle on its own). */
export async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimeoutError(`${what}: no answer after ${(ms / 1000).toFixed(1)} s`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Runs `step` and ignores its failure or its hanging: for clean-up that must not stop the run. */
export async function bestEffort(step: () => Promise<unknown>, ms: number): Promise<void> {
  await withTimeout(step(), ms, 'clean-up').catch(() => undefined);
}

/** Polls `probe` every `everyMs` until it answers true; false if `deadline` (epoch ms) passes first. */
export async function pollUntil(probe: () => Promise<boolean>, deadline: number, everyMs = 50): Promise<boolean> {
  for (;;) {
    if (await probe()) return true;
    if (Date.now() + everyMs > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}
