import WebSocket from 'ws';

interface Pending {
  resolve(result: unknown): void;
  reject(error: Error): void;
  method: string;
}

/** Just enough WebDriver BiDi to find a tab and evaluate script in it (Firefox's remote agent). */
export class BidiClient {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly listeners = new Map<string, ((params: unknown) => void)[]>();

  private constructor(private readonly socket: WebSocket) {
    socket.on('message', (data) => {
      const message = JSON.parse(String(data)) as { id?: number; type: string; method?: string; params?: unknown; result?: unknown; error?: string; message?: string };
      if (message.id === undefined) {
        // an event, for whoever subscribed to it
        for (const listener of this.listeners.get(message.method ?? '') ?? []) listener(message.params);
        return;
      }
      const waiting = this.pending.get(message.id);
      if (!waiting) return;
      this.pending.delete(message.id);
      if (message.type === 'success') waiting.resolve(message.result);
      else waiting.reject(new Error(`BiDi ${waiting.method}: ${message.error}: ${message.message}`));
    });
    socket.on('close', () => {
      for (const waiting of this.pending.values()) waiting.reject(new Error(`BiDi ${waiting.method}: connection closed`));
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

  send<T = unknown>(method: string, params: Record<string, unknown>): Promise<T> {
    const id = this.nextId++;
    this.socket.send(JSON.stringify({ id, method, params }));
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (result: unknown) => void, reject, method });
    });
  }

  /** Calls `listener` with the params of every `method` event, once the session is subscribed to it. */
  async subscribe<T>(method: string, listener: (params: T) => void): Promise<void> {
    const list = this.listeners.get(method) ?? [];
    list.push(listener as (params: unknown) => void);
    this.listeners.set(method, list);
    await this.send('session.subscribe', { events: [method] });
  }

  /** Top-level tabs and their URLs. */
  async tabs(): Promise<{ context: string; url: string }[]> {
    const tree = await this.send<{ contexts: { context: string; url: string }[] }>('browsingContext.getTree', { maxDepth: 0 });
    return tree.contexts;
  }

  /** Evaluates `expression` in the page's own world and returns its JSON value. */
  async evaluate<T>(context: string, expression: string): Promise<T> {
    const reply = await this.send<{ type: string; result?: { type: string; value?: unknown }; exceptionDetails?: { text: string } }>(
      'script.evaluate',
      { expression: `JSON.stringify(${expression})`, target: { context }, awaitPromise: true },
    );
    if (reply.type !== 'success' || reply.result?.type !== 'string') {
      throw new Error(`evaluate ${expression}: ${reply.exceptionDetails?.text ?? JSON.stringify(reply)}`);
    }
    return JSON.parse(reply.result.value as string) as T;
  }

  async close(): Promise<void> {
    await this.send('session.end', {}).catch(() => undefined);
    this.socket.close();
  }
}
