// The native CCID reader simulator reached from Chromium through the fake navigator.usb: the
// page reads the class descriptor, powers the card and exchanges APDUs over bulk transfers.
import { expect, test } from '@playwright/test';
import { FakeUsb } from '../support/fake-usb';
import { appReady } from '../support/page-health';
import { simulatedCcidReader } from '../support/reader-sim';

test('a page talks CCID to the simulated reader holding a Residence Card', async ({ page }) => {
  const reader = await simulatedCcidReader({ dump: 'residence-normal' });
  try {
    const fake = await FakeUsb.install(page, [reader]);
    await page.goto('/');
    await appReady(page);
    const result = await page.evaluate(async () => {
      const device = await navigator.usb.requestDevice({ filters: [{ classCode: 0xff }] });
      await device.open();
      await device.claimInterface(0);
      const config = await device.controlTransferIn(
        { requestType: 'standard', recipient: 'device', request: 6, value: 0x0200, index: 0 },
        255,
      );
      const bytes = (view: DataView) => Array.from(new Uint8Array(view.buffer, view.byteOffset, view.byteLength));
      const exchange = async (message: number[]) => {
        await device.transferOut(1, new Uint8Array(message));
        const reply: number[] = [];
        do {
          const chunk = await device.transferIn(2, 522);
          reply.push(...bytes(chunk.data!));
        } while (reply.length < 10 + (reply[1] | (reply[2] << 8)));
        return reply;
      };
      const powerOn = await exchange([0x62, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
      // SELECT MF by file identifier... then GET CHALLENGE (8 bytes).
      const select = await exchange([0x6f, 7, 0, 0, 0, 0, 1, 0, 0, 0, 0x00, 0xa4, 0x00, 0x00, 0x02, 0x3f, 0x00]);
      const challenge = await exchange([0x6f, 5, 0, 0, 0, 0, 2, 0, 0, 0, 0x00, 0x84, 0x00, 0x00, 0x08]);
      return {
        configLength: bytes(config.data!).length,
        ccidDescriptorType: bytes(config.data!)[19],
        powerOnType: powerOn[0],
        atr: powerOn.slice(10),
        selectStatus: select.slice(-2),
        challengeLength: challenge.length - 10 - 2,
        challengeStatus: challenge.slice(-2),
      };
    });
    expect(result.configLength).toBe(93);
    expect(result.ccidDescriptorType).toBe(0x21);
    expect(result.powerOnType).toBe(0x80);
    expect(result.atr.slice(0, 4)).toEqual([0x3b, 0x88, 0x80, 0x01]);
    expect(result.selectStatus).toEqual([0x90, 0x00]);
    expect(result.challengeLength).toBe(8);
    expect(result.challengeStatus).toEqual([0x90, 0x00]);
    expect(fake.log.filter((l) => l.op === 'transferOut')).toHaveLength(3);
  } finally {
    reader.sim.stop();
  }
});
