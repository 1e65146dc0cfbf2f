// The app's engine worker, started in the page for benchmarks: `window.engineAsk(job, bytes)`
// posts one job (the bytes are copied, then transferred) and resolves to the reply, the bytes
// sent back with it, and the milliseconds from post to reply. BENCH_THREADS sets the size of the
// worker's thread pool (default: one per core, as in the app).
import type { Page } from '@playwright/test';

export type EngineAnswer = { reply: any; bytes?: ArrayBuffer; elapsed: number };

export async function startEngineWorker(page: Page): Promise<void> {
  const threads = process.env.BENCH_THREADS ?? '';
  await page.evaluate(async (threads) => {
    const worker = new Worker(`/worker-loader.js${threads ? `?threads=${threads}` : ''}`, { type: 'module' });
    const waiting = new Map<number, (data: { reply: any; bytes?: ArrayBuffer }) => void>();
    let ready: () => void = () => {};
    const isReady = new Promise<void>((resolve) => (ready = resolve));
    worker.onmessage = (event) => {
      const reply = JSON.parse(event.data.message);
      if (reply.reply === 'ready') return ready();
      if (reply.reply === 'downloading') return;
      waiting.get(event.data.id)?.({ reply, bytes: event.data.bytes });
      waiting.delete(event.data.id);
    };
    await isReady;
    let nextId = 1;
    (window as any).engineAsk = async (job: object, bytes: ArrayBuffer) => {
      const id = nextId++;
      const copy = bytes.slice(0);
      const start = performance.now();
      const answer = await new Promise<{ reply: any; bytes?: ArrayBuffer }>((resolve) => {
        waiting.set(id, resolve);
        worker.postMessage({ id, message: JSON.stringify(job), bytes: copy }, [copy]);
      });
      return { ...answer, elapsed: performance.now() - start };
    };
  }, threads);
}

/** Asks the page's engine worker one job about a file's bytes (from Node). */
export async function askEngine(page: Page, job: object, bytes: Buffer): Promise<EngineAnswer> {
  return page.evaluate(
    async ([job, b64]) => {
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0)).buffer;
      const { reply, elapsed } = await (window as any).engineAsk(job, bytes);
      return { reply, elapsed };
    },
    [job, bytes.toString('base64')] as const,
  );
}
