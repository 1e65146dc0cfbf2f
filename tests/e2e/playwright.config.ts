// Playwright runs the real server (with the built app in dist/) and drives Debian's Chromium.
// scripts/test.sh sets MADOGUCHI_SERVER_BIN and MADOGUCHI_E2E_PORT; defaults suit a manual run.
import { defineConfig } from '@playwright/test';
import * as os from 'node:os';
import * as path from 'node:path';
import * as fs from 'node:fs';

const repoRoot = path.resolve(__dirname, '../..');
const port = Number(process.env.MADOGUCHI_E2E_PORT ?? 18080);
const serverBin =
  process.env.MADOGUCHI_SERVER_BIN ?? path.join(repoRoot, 'target/debug/madoguchi-server');
// One folder for the whole run: the config is loaded again in every worker, which inherits the
// environment, so suites that run the server's CLI (add-staff) find the server's database.
const dataDir =
  process.env.MADOGUCHI_E2E_DATA_DIR ?? fs.mkdtempSync(path.join(os.tmpdir(), 'madoguchi-e2e-'));
process.env.MADOGUCHI_E2E_DATA_DIR = dataDir;
process.env.MADOGUCHI_E2E_SERVER_BIN = serverBin;
process.env.MADOGUCHI_E2E_DIST = path.join(repoRoot, 'dist');

export default defineConfig({
  testDir: './tests',
  outputDir: './test-results',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    // The app's service worker would answer requests that suites intercept or count; only the
    // offline suite lets it run.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      // From shared/TOOLCHAIN.md: no sandbox as root, and no background traffic on the closed network.
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: serverBin,
    url: `http://127.0.0.1:${port}/api/health`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: {
      MADOGUCHI_ADDR: `127.0.0.1:${port}`,
      MADOGUCHI_DIST: path.join(repoRoot, 'dist'),
      MADOGUCHI_DATA_DIR: dataDir,
      DATABASE_URL: '',
      // The simulated cards are signed by the project's test CA (crates/card-sim/dumps/trust).
      MADOGUCHI_TEST_TRUST_DIR: path.join(repoRoot, 'crates/card-sim/dumps/trust'),
      RUST_LOG: 'warn',
      // POST /api/test/clock moves the server's clock (3-hour sessions, 24-hour links);
      // GET /api/test/challenges/{id} tells the image challenge's answer.
      MADOGUCHI_TEST_HOOKS: '1',
      // Every test's mail comes from 127.0.0.1: the per-address limit still applies.
      MADOGUCHI_MAIL_PER_IP_HOUR: '1000',
      MADOGUCHI_LOGINS_PER_IP_15MIN: '1000',
    },
  },
});
