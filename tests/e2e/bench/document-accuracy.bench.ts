// Document reading on a large generated set, in Chromium through the app's own engine worker:
// the same photos as the native `docscan bench` (same generator, seed and indices), scored the
// same way. Prints Markdown tables for docs/benchmarks.md: per kind and difficulty the share of
// fields and of whole documents read correctly and the median/95th percentile time in wasm and
// round trip; per field; and card-number mode.
//
//   BENCH_COUNT=300 BENCH_SEED=2026 npx playwright test -c tests/e2e/bench.config.ts document-accuracy
//
// BENCH_KINDS (passport,residence-card) and BENCH_DIFFICULTIES (easy,medium,hard) pick rows.
//
// The photos are written by the native generator first (`docscan synth`, built by
// `cargo build --release -p madoguchi-docscan-tools`; DOCSCAN_BIN overrides its path) into the
// system's temporary folder, once per seed, count, kind and difficulty.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { appReady } from '../support/page-health';
import { askEngine, startEngineWorker } from './engine';

const COUNT = Number(process.env.BENCH_COUNT ?? 300);
const SEED = Number(process.env.BENCH_SEED ?? 2026);
const KINDS = (process.env.BENCH_KINDS ?? 'passport,residence-card').split(',');
const DIFFICULTIES = (process.env.BENCH_DIFFICULTIES ?? 'easy,medium,hard').split(',');
const TODAY = '2026-11-22'; // as the native bench
const DOCSCAN =
  process.env.DOCSCAN_BIN ??
  path.join(process.env.CARGO_TARGET_DIR ?? path.resolve(__dirname, '../../../target'), 'release', 'docscan');

type Field = { id: string; value: string; term?: { code: string } | null };
type Truth = Record<string, any>;

/**
 * The generated photos of one kind and difficulty: [jpeg path, truth] pairs. Photos written by
 * an older generator than the binary's are written again: the generator changes with it.
 */
function photos(kind: string, difficulty: string): [string, Truth][] {
  const dir = path.join(os.tmpdir(), `madoguchi-docscan-${SEED}-${COUNT}`, `${kind}-${difficulty}`);
  if (!fs.existsSync(DOCSCAN)) {
    throw new Error(`${DOCSCAN} is missing: cargo build --release -p madoguchi-docscan-tools`);
  }
  const first = path.join(dir, '0000.json');
  if (fs.existsSync(first) && fs.statSync(first).mtimeMs < fs.statSync(DOCSCAN).mtimeMs) {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  const have = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.json')).length : 0;
  if (have < COUNT) {
    const args = ['synth', '--kind', kind, '--difficulty', difficulty, '--count', `${COUNT}`, '--seed', `${SEED}`];
    execFileSync(DOCSCAN, [...args, '--out', dir], { stdio: 'ignore' });
  }
  return Array.from({ length: COUNT }, (_, i) => {
    const base = path.join(dir, String(i).padStart(4, '0'));
    return [`${base}.jpg`, JSON.parse(fs.readFileSync(`${base}.json`, 'utf8'))];
  });
}

const compact = (text: string) => text.replace(/\s+/g, '');

/** Field name → read correctly, as `crates/docscan-tools/src/bench.rs` scores them. */
function score(kind: string, fields: Field[] | null, truth: Truth): [string, boolean][] {
  const by = (id: string) => fields?.find((f) => f.id === id);
  const value = (id: string) => by(id)?.value ?? '';
  const code = (id: string) => by(id)?.term?.code ?? '';
  const sex = (v: string) => ({ M: 'male', F: 'female' })[v] ?? '';
  if (kind === 'passport') {
    return [
      ['surname', value('surname') === truth.surname],
      ['given_names', value('given-names') === truth.given_names],
      ['document_number', value('passport-number') === truth.document_number],
      ['nationality', code('nationality') === truth.nationality],
      ['birth_date', value('birth-date') === truth.birth_date],
      ['sex', sex(value('sex')) === truth.sex],
      ['expiry_date', value('expiry-date') === truth.expiry_date],
      ['issuing_state', code('issuing-state') === truth.issuing_state],
    ];
  }
  const out: [string, boolean][] = [
    ['card_number', value('card-number') === truth.card_number],
    ['name', value('name') === truth.name],
    ['birth_date', value('birth-date') === truth.birth_date],
    ['sex', sex(value('sex')) === truth.sex],
    ['nationality', code('nationality') === truth.nationality],
    ['prefecture', code('prefecture') === truth.prefecture],
    ['address', !!fields && compact(value('address')) === compact(truth.address)],
    ['card_valid_until', value('card-valid-until') === truth.card_valid_until],
  ];
  if (truth.status) out.push(['status', code('status') === truth.status]);
  if (truth.work_restriction) out.push(['work_restriction', code('work-restriction') === truth.work_restriction]);
  if (truth.period_of_stay) out.push(['period_of_stay', value('period-of-stay') === truth.period_of_stay]);
  if (truth.expiry_date) out.push(['expiry_date', value('stay-expiry-date') === truth.expiry_date]);
  return out;
}

class Tally {
  photos = 0;
  whole = 0;
  fields = new Map<string, [number, number]>();
  wasm: number[] = [];
  roundTrip: number[] = [];
  stages = new Map<string, number[]>();
  addStages(stages: { name: string; ms: number }[] | undefined) {
    for (const { name, ms } of stages ?? []) {
      if (!this.stages.has(name)) this.stages.set(name, []);
      this.stages.get(name)!.push(ms);
    }
  }
  /** Each engine stage: on how many photos it ran, and its median over those. */
  stageSummary() {
    return [...this.stages].map(([name, ms]) => `${name} ${ms.length}× ${percentile(ms, 50).toFixed(0)} ms`).join(', ');
  }
  add(scores: [string, boolean][], wasm: number | null, roundTrip: number) {
    this.photos++;
    if (scores.every(([, ok]) => ok)) this.whole++;
    for (const [name, ok] of scores) {
      const [right, all] = this.fields.get(name) ?? [0, 0];
      this.fields.set(name, [right + (ok ? 1 : 0), all + 1]);
    }
    if (wasm !== null) this.wasm.push(wasm);
    this.roundTrip.push(roundTrip);
  }
  fieldShare() {
    const [right, all] = [...this.fields.values()].reduce(([r, a], [x, y]) => [r + x, a + y], [0, 0]);
    return (100 * right) / Math.max(1, all);
  }
}

const percentile = (values: number[], p: number) => {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};
const ms = (v: number) => (Number.isNaN(v) ? '—' : `${v.toFixed(0)}`);

async function ask(page: Page, job: object, file: string) {
  return askEngine(page, job, fs.readFileSync(file));
}

test('document reading accuracy and time on generated photos', async ({ page }) => {
  test.setTimeout(6 * 3600_000);
  await page.goto('/document-scan');
  await appReady(page);
  await startEngineWorker(page);
  // One warm-up (model download, compilation) outside the figures.
  const [warmUp] = photos(KINDS[0], 'easy');
  await ask(page, { job: KINDS[0] === 'passport' ? 'scan-passport' : 'scan-card', today: TODAY }, warmUp[0]);

  const rows: string[] = [];
  const fieldRows: string[] = [];
  const stageRows: string[] = [];
  const numberRows: string[] = [];
  for (const kind of KINDS) {
    for (const difficulty of DIFFICULTIES) {
      const tally = new Tally();
      const numbers = new Tally();
      for (const [file, truth] of photos(kind, difficulty)) {
        const job = { job: kind === 'passport' ? 'scan-passport' : 'scan-card', today: TODAY };
        const { reply, elapsed } = await ask(page, job, file);
        const scan = reply.scan ?? null;
        tally.add(score(kind, scan?.fields ?? null, truth), scan?.millis ?? null, elapsed);
        tally.addStages(scan?.stages);
        if (kind === 'residence-card') {
          const { reply, elapsed } = await ask(page, { job: 'read-card-number' }, file);
          const read = reply.read ?? null;
          numbers.add([['card_number', read?.card_number === truth.card_number]], read?.millis ?? null, elapsed);
        }
      }
      rows.push(
        `| ${kind} | ${difficulty} | ${tally.photos} | ${tally.fieldShare().toFixed(1)} % | ` +
          `${((100 * tally.whole) / tally.photos).toFixed(1)} % | ${ms(percentile(tally.wasm, 50))} | ` +
          `${ms(percentile(tally.wasm, 95))} | ${ms(percentile(tally.roundTrip, 50))} | ${ms(percentile(tally.roundTrip, 95))} |`,
      );
      const cells = [...tally.fields].sort(([a], [b]) => a.localeCompare(b)).map(([f, [r, a]]) => `${f} ${r}/${a}`);
      fieldRows.push(`- ${kind} ${difficulty}: ${cells.join(', ')}`);
      stageRows.push(`- ${kind} ${difficulty}: ${tally.stageSummary()}`);
      if (numbers.photos) {
        numberRows.push(
          `| ${difficulty} | ${numbers.photos} | ${((100 * numbers.whole) / numbers.photos).toFixed(1)} % | ` +
            `${ms(percentile(numbers.wasm, 50))} | ${ms(percentile(numbers.wasm, 95))} | ${ms(percentile(numbers.roundTrip, 50))} |`,
        );
      }
      expect(tally.photos).toBe(COUNT);
    }
  }
  console.log(`Seed ${SEED}, ${COUNT} photos per kind and difficulty.\n`);
  console.log('| kind | difficulty | photos | fields correct | documents fully correct | wasm median ms | wasm p95 ms | round trip median ms | round trip p95 ms |');
  console.log('|---|---|---:|---:|---:|---:|---:|---:|---:|');
  for (const row of rows) console.log(row);
  console.log('\nPer field (correct / scored):\n');
  for (const row of fieldRows) console.log(row);
  console.log('\nEngine stages (photos it ran on, median over those):\n');
  for (const row of stageRows) console.log(row);
  if (numberRows.length) {
    console.log('\nCard-number-only mode:\n');
    console.log('| difficulty | photos | correct | wasm median ms | wasm p95 ms | round trip median ms |');
    console.log('|---|---:|---:|---:|---:|---:|');
    for (const row of numberRows) console.log(row);
  }
});
