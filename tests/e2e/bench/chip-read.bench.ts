// Time from pressing "read" to the verified result on screen, in Chromium (release wasm), through
// the simulated CCID reader. Prints a Markdown table row per card for docs/benchmarks.md.
import { test } from '@playwright/test';
import { FakeUsb } from '../support/fake-usb';
import { appReady } from '../support/page-health';
import { simulatedCcidReader } from '../support/reader-sim';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 10);

for (const [dump, number] of [
  ['residence-normal', 'AB12345678CD'],
  ['second-gen', 'MN78901234OP'],
] as const) {
  test(`chip read ${dump}`, async ({ page }) => {
    const reader = await simulatedCcidReader({ dump });
    const fake = await FakeUsb.install(page, [reader]);
    const times: number[] = [];
    try {
      for (let round = 0; round < ROUNDS; round++) {
        await page.goto('/card-reader');
        await appReady(page);
        await page.fill('#card-number', number);
        await page.click('button[type=submit]');
        const button = page.locator('.step button.primary');
        await button.waitFor();
        const start = performance.now();
        await button.click();
        await page.locator('#result-heading').waitFor({ timeout: 60_000 });
        times.push(performance.now() - start);
      }
    } finally {
      reader.sim.stop();
    }
    times.sort((a, b) => a - b);
    const transfers = fake.log.filter((l) => l.op.startsWith('transfer')).length / ROUNDS;
    console.log(
      `| ${dump} | ${ROUNDS} | ${times[Math.floor(times.length / 2)].toFixed(0)} ms | ${times[times.length - 1].toFixed(0)} ms | ${transfers.toFixed(0)} |`,
    );
  });
}
