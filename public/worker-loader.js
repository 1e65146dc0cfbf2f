// Starts the engine worker (crates/worker): wasm-bindgen's no-modules glue, then its wasm.
importScripts('./madoguchi-worker.js');
wasm_bindgen({ module_or_path: './madoguchi-worker_bg.wasm' });
