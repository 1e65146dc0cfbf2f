// A fake Web Smart Card API (navigator.smartCard, as Chrome offers it to Isolated Web Apps),
// installed into the page before the app loads. Readers live in Node (tests/e2e/support/
// fake-smart-card.ts): status, connect and transmit go there through an exposed binding.
// Errors follow the spec: SmartCardError (a DOMException) with a responseCode.
// eslint-disable-next-line no-unused-vars
function __madoguchiInstallFakeSmartCard(config) {
  const bridge = (message) => window.__madoguchiSmartCardBridge(message);

  class SmartCardError extends DOMException {
    constructor(responseCode, message) {
      super(message ?? responseCode, 'SmartCardError');
      this.responseCode = responseCode;
    }
  }

  const abortable = (signal) => {
    if (signal?.aborted) throw new DOMException('The operation was aborted.', 'AbortError');
  };
  const pause = (ms, signal) =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(resolve, ms);
      signal?.addEventListener('abort', () => {
        clearTimeout(timer);
        reject(new DOMException('The operation was aborted.', 'AbortError'));
      });
    });

  class SmartCardConnection {
    constructor(reader) {
      this.reader = reader;
      this.connected = true;
    }
    async transmit(sendBuffer) {
      if (!this.connected) throw new DOMException('Disconnected.', 'InvalidStateError');
      const view = ArrayBuffer.isView(sendBuffer)
        ? new Uint8Array(sendBuffer.buffer, sendBuffer.byteOffset, sendBuffer.byteLength)
        : new Uint8Array(sendBuffer);
      const answer = await bridge({ op: 'transmit', reader: this.reader, data: Array.from(view) });
      if (answer.error) throw new SmartCardError(answer.error);
      return Uint8Array.from(answer.data).buffer;
    }
    async disconnect(disposition) {
      this.connected = false;
      await bridge({ op: 'disconnect', reader: this.reader, disposition: disposition ?? 'leave' });
    }
  }

  class SmartCardContext {
    async listReaders() {
      const answer = await bridge({ op: 'list' });
      return answer.readers;
    }
    async getStatusChange(readerStates, options = {}) {
      for (;;) {
        abortable(options.signal);
        const out = [];
        let changed = false;
        for (const state of readerStates) {
          const answer = await bridge({ op: 'status', reader: state.readerName });
          const current = state.currentState ?? {};
          const present = Boolean(answer.present);
          const differs = answer.unknown || current.unaware || (present ? !current.present : !current.empty);
          changed ||= differs;
          out.push({
            readerName: state.readerName,
            eventState: { present, empty: !present, changed: differs, unknown: Boolean(answer.unknown) },
            eventCount: 0,
          });
        }
        if (changed) return out;
        await pause(50, options.signal);
      }
    }
    async connect(readerName, accessMode, options = {}) {
      if (!['shared', 'exclusive', 'direct'].includes(accessMode)) throw new TypeError('bad access mode');
      const answer = await bridge({ op: 'connect', reader: readerName, protocols: options.preferredProtocols ?? [] });
      if (answer.error) throw new SmartCardError(answer.error);
      return { connection: new SmartCardConnection(readerName), activeProtocol: 't1' };
    }
  }

  const smartCard = { establishContext: async () => new SmartCardContext() };
  Object.defineProperty(Navigator.prototype, 'smartCard', { configurable: true, enumerable: true, get: () => smartCard });
  Object.assign(window, { SmartCardError });
  window.__madoguchiFakeSmartCard = { installed: true, config };
}
