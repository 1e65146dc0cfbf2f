// The photo check in Chromium, through the app's own engine worker (release wasm, SIMD): 1, 3 and
// 12 MP versions of the good portrait fixture, made by the browser's JPEG encoder. Prints a
// Markdown table for docs/benchmarks.md: browser decode, checks in wasm, the whole round trip
// (post → reply) and auto-fix, medians of BENCH_ROUNDS runs after one warm-up.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from '@playwright/test';
import { appReady } from '../support/page-health';
import { startEngineWorker } from './engine';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
const PORTRAIT = fs.readFileSync(path.resolve(__dirname, '../fixtures/photos/portrait-good.jpg')).toString('base64');

test('photo check in the worker at 1, 3 and 12 MP', async ({ page }) => {
  await page.goto('/photo-check');
  await appReady(page);
  await startEngineWorker(page);
  const rows = await page.evaluate(
    async ({ portrait, rounds }) => {
      const ask = (job: object, bytes: ArrayBuffer) => (window as any).engineAsk(job, bytes);
      const source = await createImageBitmap(new Blob([Uint8Array.from(atob(portrait), (c) => c.charCodeAt(0))]));
      const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
      const out: string[] = [];
      for (const megapixels of [1, 3, 12]) {
        const scale = Math.sqrt((megapixels * 1e6) / (source.width * source.height));
        const [w, h] = [Math.round(source.width * scale), Math.round(source.height * scale)];
        const canvas = new OffscreenCanvas(w, h);
        canvas.getContext('2d')!.drawImage(source, 0, 0, w, h);
        const jpeg = await (await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.9 })).arrayBuffer();
        const decode: number[] = [];
        const checks: number[] = [];
        const roundTrip: number[] = [];
        const fixes: number[] = [];
        let verdict = '';
        for (let round = 0; round <= rounds; round++) {
          const start = performance.now();
          const { reply } = await ask({ job: 'check-photo', profile: 'mynumber' }, jpeg);
          const elapsed = performance.now() - start;
          if (round === 0) continue; // warm-up (model download, JIT)
          decode.push(reply.report.decode_millis);
          checks.push(reply.report.millis);
          roundTrip.push(elapsed);
          verdict = reply.report.verdict;
        }
        for (let round = 0; round < Math.max(3, Math.floor(rounds / 2)); round++) {
          const start = performance.now();
          await ask({ job: 'fix-photo', profile: 'mynumber' }, jpeg);
          fixes.push(performance.now() - start);
        }
        out.push(
          `| ${w}×${h} (${megapixels} MP, ${Math.round(jpeg.byteLength / 1024)} KB) | ${median(decode).toFixed(0)} ms | ` +
            `${median(checks).toFixed(0)} ms | ${median(roundTrip).toFixed(0)} ms (${verdict}) | ${median(fixes).toFixed(0)} ms |`,
        );
      }
      return out;
    },
    { portrait: PORTRAIT, rounds: ROUNDS },
  );
  console.log('| photo | browser decode | checks (wasm) | whole check, round trip | auto-fix, round trip |');
  console.log('|---|---:|---:|---:|---:|');
  for (const row of rows) console.log(row);
});
