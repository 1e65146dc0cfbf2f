// A fake WebUSB (`navigator.usb` and the USB* interfaces) installed into the page before any app
// script runs. Transfers go to the Node side through the `__madoguchiUsbBridge` binding, where a
// simulated device (echo device, card reader simulators) answers. Behaviour mirrors Chrome's:
// user-activation check on requestDevice, protected interface classes refused on claimInterface,
// state checks (open, configuration, claimed interface), disconnects rejecting transfers.
// Plain JS on purpose: it is injected as source text with page.addInitScript.
/* eslint-disable no-unused-vars */
function __madoguchiInstallFakeUsb(config) {
  'use strict';
  // WebUSB spec "protected interface classes": audio, HID, mass storage, smart card, video,
  // audio/video, wireless controller.
  const PROTECTED_CLASSES = new Set([0x01, 0x03, 0x08, 0x0b, 0x0e, 0x10, 0xe0]);
  const bridge = (message) => window.__madoguchiUsbBridge(message);
  const fail = (name, message) => Promise.reject(new DOMException(message, name));
  const bytesOf = (data) => {
    if (data instanceof ArrayBuffer) return new Uint8Array(data);
    if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    throw new TypeError("Failed to execute 'transferOut' on 'USBDevice': The provided value is not of type '(ArrayBuffer or ArrayBufferView)'.");
  };
  const internal = Symbol('internal');

  class USBEndpoint {
    constructor(alternate, init) {
      this.endpointNumber = init.endpointNumber;
      this.direction = init.direction;
      this.type = init.type;
      this.packetSize = init.packetSize;
    }
  }

  class USBAlternateInterface {
    constructor(iface, init) {
      this.alternateSetting = init.alternateSetting;
      this.interfaceClass = init.interfaceClass;
      this.interfaceSubclass = init.interfaceSubclass ?? 0;
      this.interfaceProtocol = init.interfaceProtocol ?? 0;
      this.interfaceName = init.interfaceName ?? null;
      this.endpoints = Object.freeze(init.endpoints.map((e) => new USBEndpoint(this, e)));
    }
  }

  class USBInterface {
    constructor(configuration, init) {
      this[internal] = { selected: 0, claimed: false };
      this.interfaceNumber = init.interfaceNumber;
      this.alternates = Object.freeze(init.alternates.map((a) => new USBAlternateInterface(this, a)));
    }
    get alternate() {
      return this.alternates[this[internal].selected] ?? null;
    }
    get claimed() {
      return this[internal].claimed;
    }
  }

  class USBConfiguration {
    constructor(device, init) {
      this.configurationValue = init.configurationValue;
      this.configurationName = init.configurationName ?? null;
      this.interfaces = Object.freeze(init.interfaces.map((i) => new USBInterface(this, i)));
    }
  }

  class USBInTransferResult {
    constructor(status, data) {
      this.status = status;
      this.data = data ?? null;
    }
  }

  class USBOutTransferResult {
    constructor(status, bytesWritten) {
      this.status = status;
      this.bytesWritten = bytesWritten ?? 0;
    }
  }

  class USBConnectionEvent extends Event {
    constructor(type, init) {
      super(type, init);
      this.device = init.device;
    }
  }

  class USBDevice {
    constructor(init) {
      this[internal] = { id: init.id, opened: false, configuration: null, connected: true, forgotten: false };
      this.usbVersionMajor = init.usbVersionMajor ?? 2;
      this.usbVersionMinor = init.usbVersionMinor ?? 0;
      this.usbVersionSubminor = 0;
      this.deviceClass = init.deviceClass ?? 0;
      this.deviceSubclass = init.deviceSubclass ?? 0;
      this.deviceProtocol = init.deviceProtocol ?? 0;
      this.vendorId = init.vendorId;
      this.productId = init.productId;
      this.deviceVersionMajor = init.deviceVersionMajor ?? 1;
      this.deviceVersionMinor = init.deviceVersionMinor ?? 0;
      this.deviceVersionSubminor = 0;
      this.manufacturerName = init.manufacturerName ?? null;
      this.productName = init.productName ?? null;
      this.serialNumber = init.serialNumber ?? null;
      this.configurations = Object.freeze(init.configurations.map((c) => new USBConfiguration(this, c)));
    }
    get opened() {
      return this[internal].opened;
    }
    get configuration() {
      return this[internal].configuration;
    }
    #state(operation, { needsOpen = true, needsConfiguration = false } = {}) {
      const state = this[internal];
      if (!state.connected) return `NotFoundError|Failed to execute '${operation}' on 'USBDevice': The device was disconnected.`;
      if (needsOpen && !state.opened) return `InvalidStateError|Failed to execute '${operation}' on 'USBDevice': The device must be opened first.`;
      if (needsConfiguration && !state.configuration) return `InvalidStateError|Failed to execute '${operation}' on 'USBDevice': The device must have a configuration selected.`;
      return null;
    }
    #reject(problem) {
      const [name, message] = problem.split('|');
      return fail(name, message);
    }
    #interface(number) {
      return this[internal].configuration?.interfaces.find((i) => i.interfaceNumber === number);
    }
    #endpoint(direction, number, operation) {
      for (const iface of this[internal].configuration?.interfaces ?? []) {
        if (!iface.claimed) continue;
        const endpoint = iface.alternate.endpoints.find((e) => e.endpointNumber === number && e.direction === direction);
        if (endpoint) return endpoint;
      }
      return `NotFoundError|Failed to execute '${operation}' on 'USBDevice': The specified endpoint is not part of a claimed and selected alternate interface.`;
    }
    async #call(message) {
      const answer = await bridge({ device: this[internal].id, ...message });
      if (answer && answer.error) throw new DOMException(answer.error.message, answer.error.name);
      return answer;
    }
    async open() {
      const problem = this.#state('open', { needsOpen: false });
      if (problem) return this.#reject(problem);
      if (this[internal].opened) return;
      await this.#call({ op: 'open' });
      this[internal].opened = true;
      if (!this[internal].configuration && this.configurations.length === 1) {
        this[internal].configuration = this.configurations[0];
      }
    }
    async close() {
      if (!this[internal].opened) return;
      for (const iface of this[internal].configuration?.interfaces ?? []) iface[internal].claimed = false;
      this[internal].opened = false;
      if (this[internal].connected) await this.#call({ op: 'close' });
    }
    async forget() {
      await this.close();
      this[internal].forgotten = true;
      window.__madoguchiFakeUsb.revoke(this);
    }
    async selectConfiguration(value) {
      const problem = this.#state('selectConfiguration');
      if (problem) return this.#reject(problem);
      const configuration = this.configurations.find((c) => c.configurationValue === value);
      if (!configuration) return fail('NotFoundError', "Failed to execute 'selectConfiguration' on 'USBDevice': The configuration value provided is not supported by the device.");
      this[internal].configuration = configuration;
    }
    async claimInterface(number) {
      const problem = this.#state('claimInterface', { needsConfiguration: true });
      if (problem) return this.#reject(problem);
      const iface = this.#interface(number);
      if (!iface) return fail('NotFoundError', "Failed to execute 'claimInterface' on 'USBDevice': The interface number provided is not supported by the device in its current configuration.");
      if (iface.alternates.some((a) => PROTECTED_CLASSES.has(a.interfaceClass))) {
        return fail('SecurityError', "Failed to execute 'claimInterface' on 'USBDevice': The requested interface implements a protected class.");
      }
      await this.#call({ op: 'claim', interfaceNumber: number });
      iface[internal].claimed = true;
    }
    async releaseInterface(number) {
      const problem = this.#state('releaseInterface', { needsConfiguration: true });
      if (problem) return this.#reject(problem);
      const iface = this.#interface(number);
      if (!iface) return fail('NotFoundError', "Failed to execute 'releaseInterface' on 'USBDevice': The interface number provided is not supported by the device in its current configuration.");
      iface[internal].claimed = false;
      iface[internal].selected = 0;
    }
    async selectAlternateInterface(number, alternateSetting) {
      const problem = this.#state('selectAlternateInterface', { needsConfiguration: true });
      if (problem) return this.#reject(problem);
      const iface = this.#interface(number);
      if (!iface || !iface.claimed) return fail('InvalidStateError', "Failed to execute 'selectAlternateInterface' on 'USBDevice': The interface must be claimed first.");
      const index = iface.alternates.findIndex((a) => a.alternateSetting === alternateSetting);
      if (index < 0) return fail('NotFoundError', "Failed to execute 'selectAlternateInterface' on 'USBDevice': The alternate setting provided is not supported by the device in its current configuration.");
      iface[internal].selected = index;
    }
    async controlTransferIn(setup, length) {
      const problem = this.#state('controlTransferIn');
      if (problem) return this.#reject(problem);
      const answer = await this.#call({ op: 'controlTransferIn', setup: { ...setup }, length });
      return new USBInTransferResult(answer.status, answer.data ? new DataView(new Uint8Array(answer.data).buffer) : undefined);
    }
    async controlTransferOut(setup, data) {
      const problem = this.#state('controlTransferOut');
      if (problem) return this.#reject(problem);
      const bytes = data === undefined ? new Uint8Array() : bytesOf(data);
      const answer = await this.#call({ op: 'controlTransferOut', setup: { ...setup }, data: Array.from(bytes) });
      return new USBOutTransferResult(answer.status, answer.status === 'ok' ? bytes.length : 0);
    }
    async transferIn(endpointNumber, length) {
      const problem = this.#state('transferIn', { needsConfiguration: true });
      if (problem) return this.#reject(problem);
      const endpoint = this.#endpoint('in', endpointNumber, 'transferIn');
      if (typeof endpoint === 'string') return this.#reject(endpoint);
      const answer = await this.#call({ op: 'transferIn', endpoint: endpointNumber, length });
      const data = new Uint8Array(answer.data ?? []);
      if (data.length > length) return new USBInTransferResult('babble', new DataView(data.slice(0, length).buffer));
      return new USBInTransferResult(answer.status, new DataView(data.buffer));
    }
    async transferOut(endpointNumber, data) {
      const problem = this.#state('transferOut', { needsConfiguration: true });
      if (problem) return this.#reject(problem);
      const endpoint = this.#endpoint('out', endpointNumber, 'transferOut');
      if (typeof endpoint === 'string') return this.#reject(endpoint);
      const bytes = bytesOf(data);
      const answer = await this.#call({ op: 'transferOut', endpoint: endpointNumber, data: Array.from(bytes) });
      return new USBOutTransferResult(answer.status, answer.status === 'ok' ? bytes.length : 0);
    }
    async clearHalt(direction, endpointNumber) {
      const problem = this.#state('clearHalt', { needsConfiguration: true });
      if (problem) return this.#reject(problem);
      await this.#call({ op: 'clearHalt', direction, endpoint: endpointNumber });
    }
    async reset() {
      const problem = this.#state('reset');
      if (problem) return this.#reject(problem);
      await this.#call({ op: 'reset' });
    }
    isochronousTransferIn() {
      return fail('NotSupportedError', 'Isochronous transfers are not simulated.');
    }
    isochronousTransferOut() {
      return fail('NotSupportedError', 'Isochronous transfers are not simulated.');
    }
  }

  function matches(device, filter) {
    if (filter.vendorId !== undefined && filter.vendorId !== device.vendorId) return false;
    if (filter.productId !== undefined && filter.productId !== device.productId) return false;
    if (filter.serialNumber !== undefined && filter.serialNumber !== device.serialNumber) return false;
    if (filter.classCode === undefined) return true;
    const classes = [{ c: device.deviceClass, s: device.deviceSubclass, p: device.deviceProtocol }];
    for (const configuration of device.configurations) {
      for (const iface of configuration.interfaces) {
        for (const alt of iface.alternates) classes.push({ c: alt.interfaceClass, s: alt.interfaceSubclass, p: alt.interfaceProtocol });
      }
    }
    return classes.some(
      ({ c, s, p }) =>
        c === filter.classCode &&
        (filter.subclassCode === undefined || s === filter.subclassCode) &&
        (filter.protocolCode === undefined || p === filter.protocolCode),
    );
  }

  class USB extends EventTarget {
    constructor() {
      super();
      this.onconnect = null;
      this.ondisconnect = null;
    }
    async getDevices() {
      return [...state.granted].filter((d) => d[internal].connected);
    }
    async requestDevice(options) {
      if (!options || !Array.isArray(options.filters)) {
        throw new TypeError("Failed to execute 'requestDevice' on 'USB': required member filters is undefined.");
      }
      if (!navigator.userActivation?.isActive) {
        throw new DOMException("Failed to execute 'requestDevice' on 'USB': Must be handling a user gesture to show a permission request.", 'SecurityError');
      }
      const candidates = state.devices.filter(
        (d) => d[internal].connected && (options.filters.length === 0 || options.filters.some((f) => matches(d, f))),
      );
      state.lastRequestFilters = options.filters;
      const choice = state.chooser === 'cancel' ? undefined :
        state.chooser === 'first' ? candidates[0] : candidates.find((d) => d[internal].id === state.chooser);
      if (!choice) throw new DOMException("Failed to execute 'requestDevice' on 'USB': No device selected.", 'NotFoundError');
      state.granted.add(choice);
      return choice;
    }
    dispatchEvent(event) {
      const handler = event.type === 'connect' ? this.onconnect : event.type === 'disconnect' ? this.ondisconnect : null;
      if (typeof handler === 'function') handler.call(this, event);
      return super.dispatchEvent(event);
    }
  }

  const state = {
    devices: config.devices.map((d) => new USBDevice(d)),
    granted: new Set(),
    chooser: config.chooser ?? 'first',
    lastRequestFilters: null,
  };
  for (const device of state.devices) {
    if (config.granted?.includes(device[internal].id)) state.granted.add(device);
  }
  const usb = new USB();
  const byId = (id) => state.devices.find((d) => d[internal].id === id);

  // Controls used by the Node side of the harness (through page.evaluate).
  window.__madoguchiFakeUsb = {
    setChooser(choice) {
      state.chooser = choice;
    },
    lastRequestFilters() {
      return state.lastRequestFilters;
    },
    revoke(device) {
      state.granted.delete(device);
    },
    disconnect(id) {
      const device = byId(id);
      if (!device || !device[internal].connected) return false;
      device[internal].connected = false;
      device[internal].opened = false;
      usb.dispatchEvent(new USBConnectionEvent('disconnect', { device }));
      return true;
    },
    connect(id) {
      const device = byId(id);
      if (!device || device[internal].connected) return false;
      device[internal].connected = true;
      usb.dispatchEvent(new USBConnectionEvent('connect', { device }));
      return true;
    },
  };

  Object.defineProperty(Navigator.prototype, 'usb', { configurable: true, enumerable: true, get: () => usb });
  Object.assign(window, {
    USB,
    USBDevice,
    USBConfiguration,
    USBInterface,
    USBAlternateInterface,
    USBEndpoint,
    USBInTransferResult,
    USBOutTransferResult,
    USBConnectionEvent,
  });
}
