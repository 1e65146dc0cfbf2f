// Node side of the fake Web Smart Card API: each named reader is a reader-sim process seen the
// way the operating system's PC/SC service would show it (pcsc_* operations of the stdio
// protocol), so the app's smart-card transport and chip code run for real in Chromium.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Page } from '@playwright/test';
import type { ReaderSim } from './reader-sim';

const pageScript = fs.readFileSync(path.join(__dirname, 'fake-smart-card-page.js'), 'utf8');
const hex = (bytes: number[]) => Buffer.from(bytes).toString('hex');
const unhex = (text: string) => Array.from(Buffer.from(text, 'hex'));

interface BridgeMessage {
  op: string;
  reader?: string;
  data?: number[];
}

export class FakeSmartCard {
  /** Every operation the page asked for, in order (for assertions). */
  readonly log: string[] = [];

  private constructor(private readonly readers: Map<string, ReaderSim>) {}

  static async install(page: Page, readers: Record<string, ReaderSim>): Promise<FakeSmartCard> {
    const fake = new FakeSmartCard(new Map(Object.entries(readers)));
    await page.exposeBinding('__madoguchiSmartCardBridge', (_source, message: BridgeMessage) => fake.handle(message));
    await page.addInitScript({ content: `${pageScript}\n__madoguchiInstallFakeSmartCard({});` });
    return fake;
  }

  private async handle(message: BridgeMessage): Promise<unknown> {
    this.log.push(message.op);
    if (message.op === 'list') return { readers: [...this.readers.keys()] };
    const sim = message.reader === undefined ? undefined : this.readers.get(message.reader);
    if (!sim) return message.op === 'status' ? { unknown: true } : { error: 'unknown-reader' };
    switch (message.op) {
      case 'status': {
        const answer = await sim.request({ op: 'pcsc_status' });
        return { present: answer.present === true };
      }
      case 'connect': {
        const answer = await sim.request({ op: 'pcsc_connect' });
        return answer.status === 'ok' ? { atr: answer.atr } : { error: 'no-smartcard' };
      }
      case 'transmit': {
        const answer = await sim.request({ op: 'pcsc_transmit', data: hex(message.data ?? []) });
        if (answer.status === 'ok') return { data: unhex(answer.data) };
        return { error: answer.status === 'no_card' ? 'removed-card' : 'comm-error' };
      }
      case 'disconnect':
        return {};
      default:
        return { error: 'unsupported-feature' };
    }
  }
}
