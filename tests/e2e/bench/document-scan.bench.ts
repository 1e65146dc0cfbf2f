// Document reading in Chromium, through the app's own engine worker (release wasm, SIMD): the
// passport MRZ, the Residence Card face and the card-number mode on the generated photos
// (tests/e2e/fixtures/documents and crates/docscan/tests/fixtures, easy and medium). Prints a
// Markdown table for docs/benchmarks.md: median and 95th percentile of the read in wasm and of
// the whole round trip (post → reply, browser decoding included), over BENCH_ROUNDS runs per
// photo after one warm-up (model download, JIT).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from '@playwright/test';
import { appReady } from '../support/page-health';
import { startEngineWorker } from './engine';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 10);
const read = (file: string) => fs.readFileSync(path.resolve(__dirname, file)).toString('base64');
const PASSPORTS = [
  read('../fixtures/documents/passport.jpg'),
  read('../../../crates/docscan/tests/fixtures/passport-easy.jpg'),
  read('../../../crates/docscan/tests/fixtures/passport-medium.jpg'),
];
const CARDS = [
  read('../fixtures/documents/residence-card.jpg'),
  read('../../../crates/docscan/tests/fixtures/residence-card-easy.jpg'),
  read('../../../crates/docscan/tests/fixtures/residence-card-medium.jpg'),
];

test('document reading in the worker', async ({ page }) => {
  test.setTimeout(600_000);
  await page.goto('/document-scan');
  await appReady(page);
  await startEngineWorker(page);
  const rows = await page.evaluate(
    async ({ passports, cards, rounds }) => {
      const ask = async (job: object, bytes: ArrayBuffer) => (await (window as any).engineAsk(job, bytes)).reply;
      const bytes = (b64: string) => Uint8Array.from(atob(b64), (c) => c.charCodeAt(0)).buffer;
      const percentile = (values: number[], p: number) => {
        const sorted = [...values].sort((a, b) => a - b);
        return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
      };
      const out: string[] = [];
      const stageRows: string[] = [];
      const jobs: [string, object, string[]][] = [
        ['passport MRZ (`scan-passport`)', { job: 'scan-passport', today: '2026-12-02' }, passports],
        ['Residence Card face (`scan-card`)', { job: 'scan-card', today: '2026-12-02' }, cards],
        ['card number only (`read-card-number`)', { job: 'read-card-number' }, cards],
      ];
      for (const [name, job, photos] of jobs) {
        const inWasm: number[] = [];
        const roundTrip: number[] = [];
        const stages = new Map<string, number[]>();
        let failures = 0;
        for (const photo of photos) {
          const buffer = bytes(photo);
          for (let round = 0; round <= rounds; round++) {
            const start = performance.now();
            const reply = await ask(job, buffer);
            const elapsed = performance.now() - start;
            if (round === 0) continue;
            const facts = reply.scan ?? reply.read;
            if (!facts) {
              failures++;
              continue;
            }
            inWasm.push(facts.millis);
            roundTrip.push(elapsed);
            for (const stage of facts.stages ?? []) {
              stages.set(stage.name, [...(stages.get(stage.name) ?? []), stage.ms]);
            }
          }
        }
        out.push(
          `| ${name} | ${photos.length} × ${rounds} | ${percentile(inWasm, 50).toFixed(0)} ms | ${percentile(inWasm, 95).toFixed(0)} ms | ` +
            `${percentile(roundTrip, 50).toFixed(0)} ms | ${percentile(roundTrip, 95).toFixed(0)} ms | ${failures} |`,
        );
        // Median per engine stage (a stage that runs only for some photos: over those).
        const perStage = [...stages].map(([stage, ms]) => `${stage} ${percentile(ms, 50).toFixed(0)} ms`);
        stageRows.push(`- ${name}: ${perStage.join(', ')}`);
      }
      return [...out, '', 'Median per stage:', '', ...stageRows];
    },
    { passports: PASSPORTS, cards: CARDS, rounds: ROUNDS },
  );
  console.log('| job | photos × runs | read in wasm, median | p95 | round trip, median | p95 | failed reads |');
  console.log('|---|---:|---:|---:|---:|---:|---:|');
  for (const row of rows) console.log(row);
});
