// Benchmarks in Chromium (not part of the test run): `npx playwright test -c tests/e2e/bench.config.ts`
// with the same environment as scripts/test.sh (MADOGUCHI_SERVER_BIN, MADOGUCHI_READER_SIM_BIN).
import base from './playwright.config';
import { defineConfig } from '@playwright/test';

export default defineConfig({ ...base, testDir: './bench', testMatch: '**/*.bench.ts', workers: 1, fullyParallel: false, timeout: 300_000 });
