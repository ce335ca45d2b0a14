/**
 * What Chromium's extension messaging costs the sender, by message size: 1 MB of markup-like text
 * posted on a runtime port in parts of 16 KB to 1 MB, from an extension page of the built extension
 * (the same renderer-side serialization as a content script's). Several rounds; the median per size.
 * Why `MAX_HTML_PART_CHARS` (messages/limits.ts) is small.
 *
 *   npx wxt build && npx tsx bench/message-size.ts [rounds=7]
 */
import { launchChromium } from '../harness/launch-chromium';

const rounds = Number(process.argv[2] ?? 7);
const session = await launchChromium();
const page = await session.newPage();
await page.goto(`chrome-extension://${session.extension!.id}/popup.html`);
const rows = await page.evaluate(async (rounds) => {
  const total = 'a<b c="d">e</b> '.repeat(65_536); // 1 MB
  const sizes = [16, 64, 256, 1024];
  const times = new Map<number, number[]>(sizes.map((kb) => [kb, []]));
  for (let round = 0; round < rounds; round++) {
    for (const kb of sizes) {
      // a port of its own each time: the background closes a port it does not know at once
      const port = (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome.runtime.connect({ name: 'message-size-probe' });
      const size = kb * 1024;
      const started = performance.now();
      for (let at = 0; at < total.length; at += size) port.postMessage({ type: 'html', part: total.slice(at, at + size) });
      times.get(kb)!.push(performance.now() - started);
      port.disconnect();
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  return sizes.map((kb) => {
    const sorted = times.get(kb)!.sort((a, b) => a - b);
    return `1 MB in parts of ${String(kb).padStart(4)} KB: median ${sorted[sorted.length >> 1]!.toFixed(1)} ms, min ${sorted[0]!.toFixed(1)} ms`;
  });
}, rounds);
console.log(rows.join('\n'));
await session.close();
