// Plugs the native simulated CCID reader (crates/reader-sim, JSON lines over stdio) into the
// fake navigator.usb: the page's WebUSB transfers reach a real CCID state machine holding a
// software Residence Card built from a dump folder.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import * as path from 'node:path';
import * as readline from 'node:readline';
import { UsbError, type FakeUsbDevice, type InResult, type UsbDeviceInit } from './fake-usb';

const repoRoot = path.resolve(__dirname, '../../..');

export const DUMPS_DIR = path.join(repoRoot, 'crates/card-sim/dumps');

function readerSimBinary(): string {
  return (
    process.env.MADOGUCHI_READER_SIM_BIN ??
    path.join(process.env.CARGO_TARGET_DIR ?? path.join(repoRoot, 'target'), 'debug/reader-sim')
  );
}

export interface ReaderSimOptions {
  /** Dump folder name under crates/card-sim/dumps, or an absolute path. */
  dump: string;
  model?: 'extended' | 'omnikey5321' | 'scl011' | 'rcs300' | 'rcs380';
  timeExtensions?: number;
  staleReplies?: boolean;
  removeAfterApdus?: number;
  /** Start with an empty reader; put the card on it later with `sim.request({ op: 'reinsert_card' })`. */
  noCard?: boolean;
  id?: string;
}

/** A simulated reader process; requests are answered in order, one JSON line each. */
export class ReaderSim {
  private readonly waiting: Array<(answer: any) => void> = [];
  private closed = false;

  private constructor(private readonly child: ChildProcessWithoutNullStreams) {
    readline.createInterface({ input: child.stdout }).on('line', (line) => {
      this.waiting.shift()?.(JSON.parse(line));
    });
    child.on('exit', () => {
      this.closed = true;
      for (const resolve of this.waiting.splice(0)) resolve({ status: 'error', message: 'reader-sim exited' });
    });
  }

  static start(options: ReaderSimOptions): ReaderSim {
    const dump = path.isAbsolute(options.dump) ? options.dump : path.join(DUMPS_DIR, options.dump);
    const args = ['--dump', dump, '--model', options.model ?? 'extended'];
    if (options.timeExtensions) args.push('--time-extensions', String(options.timeExtensions));
    if (options.staleReplies) args.push('--stale-replies');
    if (options.removeAfterApdus !== undefined) args.push('--remove-after', String(options.removeAfterApdus));
    if (options.noCard) args.push('--no-card');
    const child = spawn(readerSimBinary(), args, { stdio: ['pipe', 'pipe', 'inherit'] });
    return new ReaderSim(child);
  }

  request(message: object): Promise<any> {
    if (this.closed) return Promise.resolve({ status: 'error', message: 'reader-sim exited' });
    return new Promise((resolve) => {
      this.waiting.push(resolve);
      this.child.stdin.write(`${JSON.stringify(message)}\n`);
    });
  }

  /** Puts the card (back) on the reader. */
  async placeCard(): Promise<void> {
    await this.request({ op: 'reinsert_card' });
  }

  stop(): void {
    this.child.stdin.end();
    this.child.kill();
  }
}

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');
const unhex = (text: string) => Uint8Array.from(Buffer.from(text, 'hex'));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A fake USB device backed by a reader-sim process. Call `sim.stop()` when the test ends. */
export async function simulatedCcidReader(options: ReaderSimOptions): Promise<FakeUsbDevice & { sim: ReaderSim }> {
  const sim = ReaderSim.start(options);
  const { device } = await sim.request({ op: 'describe' });
  const init: UsbDeviceInit = { id: options.id ?? 'ccid-reader', ...device };
  let unplugged = false;
  // Closing the device aborts its pending transfers, as in Chrome.
  let openings = 0;
  // USB IN endpoints NAK until the device has data: poll the simulator like a host controller.
  const pollIn = async (op: string, endpoint: number, length: number): Promise<InResult> => {
    const opening = openings;
    for (;;) {
      if (unplugged) throw new UsbError('NotFoundError', 'The device was disconnected.');
      if (opening !== openings) throw new UsbError('AbortError', 'The transfer was cancelled.');
      const answer = await sim.request({ op, endpoint, length });
      if (answer.status === 'ok') return { status: 'ok', data: unhex(answer.data) };
      if (answer.status !== 'nak') throw new UsbError('NetworkError', `A transfer error has occurred. (${answer.message})`);
      await sleep(op === 'interrupt_in' ? 20 : 1);
    }
  };
  return {
    sim,
    init,
    handler: {
      async transferOut(endpoint, data) {
        const answer = await sim.request({ op: 'bulk_out', endpoint, data: hex(data) });
        return answer.status === 'ok' ? 'ok' : 'stall';
      },
      transferIn(endpoint, length) {
        return pollIn(endpoint === 3 ? 'interrupt_in' : 'bulk_in', endpoint, length);
      },
      async controlTransferIn(setup, length) {
        const answer = await sim.request({ op: 'control_in', ...setup, length });
        return answer.status === 'ok' ? { status: 'ok', data: unhex(answer.data) } : { status: 'stall' };
      },
      disconnected() {
        unplugged = true;
      },
      close() {
        openings += 1;
      },
    },
  };
}
