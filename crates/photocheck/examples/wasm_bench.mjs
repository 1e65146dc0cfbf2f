// Times the engine in V8 (node): node wasm_bench.mjs PKG_DIR MODEL IMAGE.jpg...
// PKG_DIR holds the `wasm-bindgen --target nodejs` output of examples/wasm_bench.rs.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';

const [pkg, model, ...images] = process.argv.slice(2);
const { Engine } = createRequire(import.meta.url)(`${pkg}/wasm_bench.js`);
const engine = new Engine(readFileSync(model), 'mynumber');
const best = (f) => {
  let min = Infinity, out;
  for (let i = 0; i < 5; i++) { const t = performance.now(); out = f(); min = Math.min(min, performance.now() - t); }
  return [out, min];
};
console.log('| photo | decode (wasm) | checks on decoded pixels | whole check incl. decode | auto-fix |');
console.log('|---|---|---|---|---|');
for (const path of images) {
  const bytes = readFileSync(path);
  const [w, tDecode] = best(() => engine.decode(bytes));
  const [report, tCheck] = best(() => engine.check());
  const status = JSON.parse(report).status;
  const [, tAll] = best(() => { engine.decode(bytes); return engine.check(); });
  const [size, tFix] = best(() => engine.fix());
  console.log(`| ${path.split('/').pop()} (${w} px wide, ${(bytes.length / 1024) | 0} KB) | ${tDecode.toFixed(0)} ms | ${tCheck.toFixed(0)} ms (${status}) | ${tAll.toFixed(0)} ms | ${tFix.toFixed(0)} ms (${(size / 1024) | 0} KB) |`);
}
