// Starts the engine worker (crates/worker), a module worker: wasm-bindgen's glue and wasm, then
// the thread pool that runs the models' kernels (Web Workers sharing the wasm memory, which needs
// the page to be cross-origin isolated: the server sends COOP/COEP), then the engine itself.
import init, { initThreadPool, startEngine } from './madoguchi-worker.js';

await init({ module_or_path: './madoguchi-worker_bg.wasm' });
// One pool thread per core, at most four: the models are small, and more threads only add
// their start-up and memory. The engine's own thread waits while the pool computes. Benchmarks
// ask for a count with `?threads=N`.
const requested = Number(new URL(import.meta.url).searchParams.get('threads'));
const threads = Math.min(Math.max(requested || navigator.hardwareConcurrency || 1, 1), 4);
// Without cross-origin isolation (a host that drops COOP/COEP) the memory cannot be shared with
// other workers: the engine then computes on its own thread (rayon's one-thread fallback), slower
// but with the same results.
if (self.crossOriginIsolated && threads > 1) {
  await initThreadPool(threads);
}
startEngine();
