import WebSocket from 'ws';
import { withTimeout } from '../../harness/with-timeout';

interface Pending {
  resolve(result: unknown): void;
  reject(error: Error): void;
}

type Listener = (params: Record<string, unknown>) => void;

/**
 * WebDriver BiDi over a WebSocket, with events (test/e2e/helpers/bidi-client.ts has none) and a time
 * limit on every command, so a Firefox that stops answering cannot stop the corpus run.
 */
export class BidiConnection {
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
  static async connect(url: string): Promise<BidiConnection> {
    const socket = new WebSocket(url);
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('error', reject);
    });
    const connection = new BidiConnection(socket);
    await connection.send('session.new', { capabilities: {} });
    return connection;
  }

  send<T = unknown>(method: string, params: Record<string, unknown>, timeoutMs = 30_000): Promise<T> {
    const id = this.nextId++;
    const answer = new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (result: unknown) => void, reject });
    });
    this.socket.send(JSON.stringify({ id, method, params }));
    return withTimeout(answer, timeoutMs, `BiDi ${method}`).finally(() => this.pending.delete(id));
  }

  /** Listens to an event (subscribe to it with `session.subscribe` too). */
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

  /** Evaluates `expression` (which must give a string, or a promise of one) in the page's own world. */
  async evaluateString(context: string, expression: string, timeoutMs: number): Promise<string> {
    const reply = await this.send<{ type: string; result?: { type: string; value?: unknown }; exceptionDetails?: { text: string } }>(
      'script.evaluate',
      { expression, target: { context }, awaitPromise: true },
      timeoutMs,
    );
    if (reply.type !== 'success' || reply.result?.type !== 'string') {
      throw new Error(`script.evaluate: ${reply.exceptionDetails?.text ?? JSON.stringify(reply.result)}`);
    }
    return reply.result.value as string;
  }

  close(): void {
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
