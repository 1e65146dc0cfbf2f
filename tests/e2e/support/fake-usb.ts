// Node side of the fake WebUSB: installs fake-usb-page.js into a page and routes its transfers to
// simulated devices written in Node (or wrapping native simulators over stdio).
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Page } from '@playwright/test';

export interface UsbEndpointInit {
  endpointNumber: number;
  direction: 'in' | 'out';
  type: 'bulk' | 'interrupt' | 'isochronous';
  packetSize: number;
}
export interface UsbAlternateInit {
  alternateSetting: number;
  interfaceClass: number;
  interfaceSubclass?: number;
  interfaceProtocol?: number;
  interfaceName?: string;
  endpoints: UsbEndpointInit[];
}
export interface UsbInterfaceInit {
  interfaceNumber: number;
  alternates: UsbAlternateInit[];
}
export interface UsbConfigurationInit {
  configurationValue: number;
  configurationName?: string;
  interfaces: UsbInterfaceInit[];
}
export interface UsbDeviceInit {
  id: string;
  vendorId: number;
  productId: number;
  deviceClass?: number;
  manufacturerName?: string;
  productName?: string;
  serialNumber?: string;
  configurations: UsbConfigurationInit[];
}
export interface SetupPacket {
  requestType: 'standard' | 'class' | 'vendor';
  recipient: 'device' | 'interface' | 'endpoint' | 'other';
  request: number;
  value: number;
  index: number;
}
export type TransferStatus = 'ok' | 'stall' | 'babble';
export interface InResult {
  status: TransferStatus;
  data?: Uint8Array;
}

/** Thrown by a handler to make the page's promise reject with this DOMException. */
export class UsbError extends Error {
  constructor(public domName: string, message: string) {
    super(message);
  }
}

/** What a simulated device does. Unimplemented control transfers stall, as real devices do. */
export interface FakeUsbDeviceHandler {
  open?(): void | Promise<void>;
  close?(): void | Promise<void>;
  reset?(): void | Promise<void>;
  claim?(interfaceNumber: number): void | Promise<void>;
  transferOut(endpointNumber: number, data: Uint8Array): TransferStatus | Promise<TransferStatus>;
  transferIn(endpointNumber: number, length: number): InResult | Promise<InResult>;
  controlTransferIn?(setup: SetupPacket, length: number): InResult | Promise<InResult>;
  controlTransferOut?(setup: SetupPacket, data: Uint8Array): TransferStatus | Promise<TransferStatus>;
  /** Called when the test unplugs the device: fail pending transfers here. */
  disconnected?(): void;
}

export interface FakeUsbDevice {
  init: UsbDeviceInit;
  handler: FakeUsbDeviceHandler;
}

export interface InstallOptions {
  /** Which device the browser's chooser returns: 'first' match (default), a device id, or 'cancel'. */
  chooser?: string;
  /** Devices the origin was already granted (returned by getDevices()). */
  granted?: string[];
}

/** A log entry of one transfer, for tests and protocol-overhead benchmarks. */
export interface TransferLog {
  device: string;
  op: string;
  endpoint?: number;
  bytes: number;
}

const pageScript = fs.readFileSync(path.join(__dirname, 'fake-usb-page.js'), 'utf8');

interface BridgeMessage {
  device: string;
  op: string;
  endpoint?: number;
  length?: number;
  data?: number[];
  setup?: SetupPacket;
  interfaceNumber?: number;
}

export class FakeUsb {
  readonly log: TransferLog[] = [];

  private constructor(
    private readonly page: Page,
    private readonly devices: Map<string, FakeUsbDevice>,
  ) {}

  /** Replaces navigator.usb in `page` (and every navigation of it) with the given devices. */
  static async install(page: Page, devices: FakeUsbDevice[], options: InstallOptions = {}): Promise<FakeUsb> {
    const fake = new FakeUsb(page, new Map(devices.map((d) => [d.init.id, d])));
    await page.exposeBinding('__madoguchiUsbBridge', (_source, message: BridgeMessage) => fake.handle(message));
    const config = { devices: devices.map((d) => d.init), chooser: options.chooser, granted: options.granted };
    await page.addInitScript({ content: `${pageScript}\n__madoguchiInstallFakeUsb(${JSON.stringify(config)});` });
    return fake;
  }

  async setChooser(choice: string): Promise<void> {
    await this.page.evaluate((c) => (window as any).__madoguchiFakeUsb.setChooser(c), choice);
  }

  /** Unplugs a device: pending transfers fail and the page gets a `disconnect` event. */
  async disconnect(id: string): Promise<void> {
    this.devices.get(id)?.handler.disconnected?.();
    await this.page.evaluate((d) => (window as any).__madoguchiFakeUsb.disconnect(d), id);
  }

  async connect(id: string): Promise<void> {
    await this.page.evaluate((d) => (window as any).__madoguchiFakeUsb.connect(d), id);
  }

  private async handle(message: BridgeMessage): Promise<unknown> {
    const device = this.devices.get(message.device);
    if (!device) return { error: { name: 'NotFoundError', message: 'The device was disconnected.' } };
    const { handler } = device;
    this.log.push({
      device: message.device,
      op: message.op,
      endpoint: message.endpoint,
      bytes: message.data?.length ?? message.length ?? 0,
    });
    try {
      switch (message.op) {
        case 'open':
          await handler.open?.();
          return { status: 'ok' };
        case 'close':
          await handler.close?.();
          return { status: 'ok' };
        case 'reset':
          await handler.reset?.();
          return { status: 'ok' };
        case 'claim':
          await handler.claim?.(message.interfaceNumber ?? 0);
          return { status: 'ok' };
        case 'clearHalt':
          return { status: 'ok' };
        case 'transferOut':
          return { status: await handler.transferOut(message.endpoint!, Uint8Array.from(message.data ?? [])) };
        case 'transferIn': {
          const result = await handler.transferIn(message.endpoint!, message.length ?? 0);
          return { status: result.status, data: Array.from(result.data ?? []) };
        }
        case 'controlTransferIn': {
          const result = (await handler.controlTransferIn?.(message.setup!, message.length ?? 0)) ?? { status: 'stall' };
          return { status: result.status, data: Array.from(result.data ?? []) };
        }
        case 'controlTransferOut':
          return { status: (await handler.controlTransferOut?.(message.setup!, Uint8Array.from(message.data ?? []))) ?? 'stall' };
        default:
          return { error: { name: 'NotSupportedError', message: `unknown operation ${message.op}` } };
      }
    } catch (error) {
      if (error instanceof UsbError) return { error: { name: error.domName, message: error.message } };
      return { error: { name: 'NetworkError', message: `A transfer error has occurred. (${String(error)})` } };
    }
  }
}

/** A device with one configuration holding one interface (alternate 0). */
export function singleInterfaceDevice(spec: Omit<UsbDeviceInit, 'configurations'> & {
  interfaceClass: number;
  endpoints: UsbEndpointInit[];
}): UsbDeviceInit {
  const { interfaceClass, endpoints, ...device } = spec;
  return {
    ...device,
    configurations: [
      {
        configurationValue: 1,
        interfaces: [{ interfaceNumber: 0, alternates: [{ alternateSetting: 0, interfaceClass, endpoints }] }],
      },
    ],
  };
}

/** Bulk-only vendor-class device that sends back, on its IN endpoint, what it received on OUT. */
export function echoDevice(id = 'echo'): FakeUsbDevice {
  const queue: number[] = [];
  let waiting: { length: number; resolve: (r: InResult) => void; reject: (e: Error) => void } | null = null;
  const deliver = () => {
    if (waiting && queue.length > 0) {
      const { length, resolve } = waiting;
      waiting = null;
      resolve({ status: 'ok', data: Uint8Array.from(queue.splice(0, length)) });
    }
  };
  return {
    init: singleInterfaceDevice({
      id,
      vendorId: 0x1209,
      productId: 0x0001,
      manufacturerName: 'madoguchi',
      productName: 'Echo test device',
      serialNumber: `ECHO-${id}`,
      interfaceClass: 0xff,
      endpoints: [
        { endpointNumber: 1, direction: 'out', type: 'bulk', packetSize: 64 },
        { endpointNumber: 1, direction: 'in', type: 'bulk', packetSize: 64 },
      ],
    }),
    handler: {
      transferOut(_endpoint, data) {
        queue.push(...data);
        deliver();
        return 'ok';
      },
      transferIn(_endpoint, length) {
        if (waiting) throw new UsbError('InvalidStateError', 'A transfer is already pending on this endpoint.');
        return new Promise<InResult>((resolve, reject) => {
          waiting = { length, resolve, reject };
          deliver();
        });
      },
      controlTransferIn(setup, length) {
        // Standard GET_DESCRIPTOR(DEVICE): 18 bytes, enough for descriptor-reading code paths.
        if (setup.requestType === 'standard' && setup.request === 0x06 && setup.value >> 8 === 0x01) {
          const descriptor = [18, 1, 0x00, 0x02, 0, 0, 0, 64, 0x09, 0x12, 0x01, 0x00, 0x00, 0x01, 1, 2, 3, 1];
          return { status: 'ok', data: Uint8Array.from(descriptor.slice(0, length)) };
        }
        return { status: 'stall' };
      },
      disconnected() {
        waiting?.reject(new UsbError('NotFoundError', "Failed to execute 'transferIn' on 'USBDevice': The device was disconnected."));
        waiting = null;
      },
    },
  };
}

/** Raw configuration descriptor of a one-interface CCID reader (for GET_DESCRIPTOR). */
export function ccidConfigurationDescriptor(interfaceClass: number, features = 0x0004_00ba, maxMessage = 522): Uint8Array {
  const le32 = (n: number) => [n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff, (n >>> 24) & 0xff];
  const ccid = new Array(54).fill(0);
  ccid.splice(0, 4, 54, 0x21, 0x10, 0x01);
  ccid.splice(40, 4, ...le32(features));
  ccid.splice(44, 4, ...le32(maxMessage));
  const bytes = [
    ...[9, 2, 0, 0, 1, 1, 0, 0x80, 50],
    ...[9, 4, 0, 0, 3, interfaceClass, 0, 0, 0],
    ...ccid,
    ...[7, 5, 0x02, 2, 64, 0, 0],
    ...[7, 5, 0x82, 2, 64, 0, 0],
    ...[7, 5, 0x83, 3, 16, 0, 16],
  ];
  bytes[2] = bytes.length & 0xff;
  bytes[3] = bytes.length >> 8;
  return Uint8Array.from(bytes);
}

/** A contactless reader whose only interface is CCID class 0x0B, which Chrome refuses to pages. */
export function protectedClassReader(id = 'acr1252'): FakeUsbDevice {
  return {
    init: singleInterfaceDevice({
      id,
      vendorId: 0x072f,
      productId: 0x223e,
      manufacturerName: 'ACS',
      productName: 'ACR1252 Dual Reader',
      interfaceClass: 0x0b,
      endpoints: [
        { endpointNumber: 2, direction: 'out', type: 'bulk', packetSize: 64 },
        { endpointNumber: 2, direction: 'in', type: 'bulk', packetSize: 64 },
        { endpointNumber: 3, direction: 'in', type: 'interrupt', packetSize: 16 },
      ],
    }),
    handler: {
      transferOut: () => 'stall',
      transferIn: () => ({ status: 'stall' }),
      // Chrome still allows standard device requests such as GET_DESCRIPTOR(CONFIGURATION).
      controlTransferIn(setup, length) {
        if (setup.requestType === 'standard' && setup.request === 0x06 && setup.value >> 8 === 0x02) {
          return { status: 'ok', data: ccidConfigurationDescriptor(0x0b).slice(0, length) };
        }
        return { status: 'stall' };
      },
    },
  };
}
