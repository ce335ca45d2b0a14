import WebSocket from 'ws';
import { withTimeout } from './with-timeout';

interface Pending {
  resolve(result: unknown): void;
  reject(error: Error): void;
}

type Listener = (params: Record<string, unknown>) => void;

/** How long a command may go unanswered: a Firefox that stops answering must not stop a run. */
const COMMAND_TIMEOUT_MS = 30_000;

/** The answer of `script.evaluate`. */
interface EvaluateResult {
  type: string;
  result?: { type: string; value?: unknown };
  exceptionDetails?: { text: string };
}

/** WebDriver BiDi over a WebSocket (Firefox's remote agent): commands with a time limit, and events. */
export class BidiClient {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly listeners = new Map<string, Listener[]>();

  private constructor(private readonly socket: WebSocket) {
    socket.on('message', (data) => this.onMessage(String(data)));
    socket.on('close', () => {
      for (const waiting of this.pending.values()) waiting.reject(new Error('BiDi connection closed'));
      this.pending.clear();
    });
  }

  /** Connects to `ws://127.0.0.1:<port>/session` and starts a session. */
  static async connect(url: string): Promise<BidiClient> {
    const socket = new WebSocket(url);
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('error', reject);
    });
    const client = new BidiClient(socket);
    await client.send('session.new', { capabilities: {} });
    return client;
  }

  send<T = unknown>(method: string, params: Record<string, unknown>, timeoutMs = COMMAND_TIMEOUT_MS): Promise<T> {
    if (this.socket.readyState !== WebSocket.OPEN) return Promise.reject(new Error('BiDi connection closed'));
    const id = this.nextId++;
    const answer = new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (result: unknown) => void, reject });
    });
    this.socket.send(JSON.stringify({ id, method, params }));
    return withTimeout(answer, timeoutMs, `BiDi ${method}`).finally(() => this.pending.delete(id));
  }

  /** Has the session sent these events (`log.entryAdded`, `browsingContext.load`, …); `on` listens to them. */
  async subscribe(events: string[]): Promise<void> {
    await this.send('session.subscribe', { events });
  }

  /** Calls `listener` with the params of every `method` event the session is subscribed to. */
  on(method: string, listener: Listener): void {
    this.listeners.set(method, [...(this.listeners.get(method) ?? []), listener]);
  }

  /** The next event of that name that `matches`, within `timeoutMs`. */
  waitForEvent(method: string, matches: (params: Record<string, unknown>) => boolean, timeoutMs: number): Promise<Record<string, unknown>> {
    let listener: Listener = () => undefined;
    const event = new Promise<Record<string, unknown>>((resolve) => {
      listener = (params) => {
        if (matches(params)) resolve(params);
      };
      this.on(method, listener);
    });
    return withTimeout(event, timeoutMs, `waiting for ${method}`).finally(() => this.off(method, listener));
  }

  private off(method: string, listener: Listener): void {
    this.listeners.set(method, (this.listeners.get(method) ?? []).filter((l) => l !== listener));
  }

  /** The top-level browsing contexts (tabs), first opened first. */
  async tabs(): Promise<{ context: string; url: string }[]> {
    const tree = await this.send<{ contexts: { context: string; url: string }[] }>('browsingContext.getTree', { maxDepth: 0 });
    return tree.contexts;
  }

  /** Evaluates `expression` (which must give a string, or a promise of one) in the page's own world. */
  async evaluateString(context: string, expression: string, timeoutMs = COMMAND_TIMEOUT_MS): Promise<string> {
    const reply = await this.send<EvaluateResult>('script.evaluate', { expression, target: { context }, awaitPromise: true }, timeoutMs);
    if (reply.type !== 'success' || reply.result?.type !== 'string') {
      throw new Error(`script.evaluate: ${reply.exceptionDetails?.text ?? JSON.stringify(reply.result)}`);
    }
    return reply.result.value as string;
  }

  /** Evaluates `expression` in the page's own world and returns its value, through JSON. */
  async evaluate<T>(context: string, expression: string, timeoutMs?: number): Promise<T> {
    return JSON.parse(await this.evaluateString(context, `JSON.stringify(${expression})`, timeoutMs)) as T;
  }

  /** Ends the session (briefly: the browser may no longer answer) and closes the socket. */
  async close(): Promise<void> {
    await this.send('session.end', {}, 2_000).catch(() => undefined);
    this.socket.close();
  }

  private onMessage(data: string): void {
    const message = JSON.parse(data) as { id?: number; type: string; method?: string; params?: Record<string, unknown>; result?: unknown; error?: string; message?: string };
    if (message.type === 'event' && message.method) {
      for (const listener of this.listeners.get(message.method) ?? []) listener(message.params ?? {});
      return;
    }
    const waiting = message.id === undefined ? undefined : this.pending.get(message.id);
    if (!waiting) return;
    if (message.type === 'success') waiting.resolve(message.result);
    else waiting.reject(new Error(`${message.error}: ${message.message}`));
  }
}
