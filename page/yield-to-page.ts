/** How long one slice of the page-side work may hold the page's main thread, ms (short: on a loaded machine a slice is stretched several times over). */
export const SLICE_MS = 4;

interface Scheduler {
  yield?: () => Promise<void>;
}

/**
 * Lets the page's input and rendering run, then carries on. `scheduler.yield()` where the browser has
 * it: the continuation goes ahead of the page's other queued tasks, so a run is not drawn out behind
 * a busy page's timers. Elsewhere a new task without setTimeout's 4 ms clamp on nested timers: a
 * message to ourselves.
 */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
