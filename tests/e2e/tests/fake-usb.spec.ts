// The fake WebUSB harness itself, exercised with an echo device and a protected-class reader.
// Later suites plug card-reader simulators into the same harness. Playwright's evaluate counts as
// a user gesture, which WebUSB's requestDevice needs.
import { expect, test } from '@playwright/test';
import { echoDevice, FakeUsb, protectedClassReader } from '../support/fake-usb';
import { appReady } from '../support/page-health';

test('bulk transfers reach the Node-side echo device and come back', async ({ page }) => {
  const fake = await FakeUsb.install(page, [echoDevice()]);
  await page.goto('/');
  await appReady(page);
  const result = await page.evaluate(async () => {
    const device = await navigator.usb.requestDevice({ filters: [{ vendorId: 0x1209 }] });
    await device.open();
    await device.selectConfiguration(1);
    await device.claimInterface(0);
    const sent = await device.transferOut(1, new Uint8Array([0x6f, 1, 2, 3, 250]));
    const first = await device.transferIn(1, 3);
    const second = await device.transferIn(1, 64);
    const descriptor = await device.controlTransferIn(
      { requestType: 'standard', recipient: 'device', request: 6, value: 0x0100, index: 0 },
      18,
    );
    const granted = await navigator.usb.getDevices();
    return {
      isDevice: device instanceof USBDevice,
      name: device.productName,
      sent: `${sent.status}:${sent.bytesWritten}`,
      inResult: first instanceof USBInTransferResult,
      first: Array.from(new Uint8Array(first.data!.buffer)),
      second: Array.from(new Uint8Array(second.data!.buffer)),
      descriptorLength: descriptor.data!.byteLength,
      granted: granted.length,
    };
  });
  expect(result).toEqual({
    isDevice: true,
    name: 'Echo test device',
    sent: 'ok:5',
    inResult: true,
    first: [0x6f, 1, 2],
    second: [3, 250],
    descriptorLength: 18,
    granted: 1,
  });
  expect(fake.log.filter((l) => l.op === 'transferOut')).toEqual([
    { device: 'echo', op: 'transferOut', endpoint: 1, bytes: 5 },
  ]);
});

test('requestDevice needs a user gesture and a matching device', async ({ page }) => {
  const fake = await FakeUsb.install(page, [echoDevice()]);
  // Called while the page loads, before any user activation.
  await page.addInitScript(() => {
    (window as any).__noGesture = navigator.usb.requestDevice({ filters: [] }).then(
      () => 'granted',
      (e: DOMException) => e.name,
    );
  });
  await page.goto('/');
  await appReady(page);
  expect(await page.evaluate(() => (window as any).__noGesture)).toBe('SecurityError');
  const request = (vendorId: number) =>
    page.evaluate(
      (id) =>
        navigator.usb.requestDevice({ filters: [{ vendorId: id }] }).then(
          (d) => d.productName,
          (e: DOMException) => `${e.name}: ${e.message}`,
        ),
      vendorId,
    );
  expect(await request(0x054c)).toContain('NotFoundError');
  expect(await request(0x1209)).toBe('Echo test device');
  await fake.setChooser('cancel');
  expect(await request(0x1209)).toBe(
    "NotFoundError: Failed to execute 'requestDevice' on 'USB': No device selected.",
  );
});

test('claiming a smart-card class interface is refused like Chrome does', async ({ page }) => {
  await FakeUsb.install(page, [protectedClassReader()]);
  await page.goto('/');
  await appReady(page);
  const result = await page.evaluate(async () => {
    try {
      const device = await navigator.usb.requestDevice({ filters: [{ classCode: 0x0b }] });
      await device.open();
      await device.claimInterface(0);
      return 'claimed';
    } catch (error: any) {
      return `${error.name}: ${error.message}`;
    }
  });
  expect(result).toBe(
    "SecurityError: Failed to execute 'claimInterface' on 'USBDevice': The requested interface implements a protected class.",
  );
});

test('unplugging fails the pending transfer and fires disconnect', async ({ page }) => {
  const fake = await FakeUsb.install(page, [echoDevice()], { granted: ['echo'] });
  await page.goto('/');
  await appReady(page);
  await page.evaluate(async () => {
    const [device] = await navigator.usb.getDevices();
    await device.open();
    await device.claimInterface(0);
    const w = window as any;
    w.__events = [];
    navigator.usb.addEventListener('disconnect', (e: any) => w.__events.push(e.device.productName));
    w.__pending = device.transferIn(1, 64).then(
      () => 'data',
      (e: DOMException) => e.name,
    );
    w.__device = device;
  });
  await fake.disconnect('echo');
  expect(await page.evaluate(() => (window as any).__pending)).toBe('NotFoundError');
  expect(await page.evaluate(() => (window as any).__events)).toEqual(['Echo test device']);
  const afterwards = await page.evaluate(() =>
    (window as any).__device.transferOut(1, new Uint8Array([1])).then(
      () => 'sent',
      (e: DOMException) => e.name,
    ),
  );
  expect(afterwards).toBe('NotFoundError');
  expect(await page.evaluate(() => navigator.usb.getDevices().then((d) => d.length))).toBe(0);
});
