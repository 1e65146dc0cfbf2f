// The privacy guard of docs/privacy.md: every request of a page goes through it. Requests to
// another origin are blocked (so even a bug sends nothing away) and recorded; requests to the
// API are recorded with the phase they happened in. A flow is "browsing" until the test presses
// a final submit through `submit()`; while browsing, only the API calls that carry nothing of
// the person (listed by each flow) may happen.
import { expect, type Page, type Route } from '@playwright/test';

export interface ApiCall {
  method: string;
  path: string;
  body: string | null;
  phase: 'browsing' | 'submit';
}

export class PrivacyGuard {
  readonly foreign: string[] = [];
  readonly api: ApiCall[] = [];
  private phase: ApiCall['phase'] = 'browsing';

  private constructor(private readonly origin: string) {}

  static async install(page: Page, origin: string): Promise<PrivacyGuard> {
    const guard = new PrivacyGuard(origin);
    await page.route('**/*', (route) => guard.handle(route));
    return guard;
  }

  private async handle(route: Route) {
    const request = route.request();
    const url = new URL(request.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:') return route.continue();
    if (url.origin !== this.origin) {
      this.foreign.push(request.url());
      return route.abort('blockedbyclient');
    }
    if (url.pathname.startsWith('/api/')) {
      this.api.push({ method: request.method(), path: url.pathname, body: request.postData(), phase: this.phase });
    }
    return route.continue();
  }

  /**
   * Runs the person's final submit (`action` presses it and waits for its outcome); returns
   * the calls that sent something (not the GETs of the page shown afterwards).
   */
  async submit(action: () => Promise<void>): Promise<ApiCall[]> {
    const before = this.api.length;
    this.phase = 'submit';
    try {
      await action();
    } finally {
      this.phase = 'browsing';
    }
    return this.api.slice(before).filter((call) => call.phase === 'submit' && call.method !== 'GET');
  }

  /**
   * No request left the origin, and every API call made while browsing is one of `allowed`
   * (`METHOD /path` patterns of calls that carry nothing of the person).
   */
  expectClean(allowed: RegExp[] = []) {
    expect(this.foreign, 'requests to other origins').toEqual([]);
    const browsing = this.api.filter((call) => call.phase === 'browsing').map((call) => `${call.method} ${call.path}`);
    expect(browsing.filter((call) => !allowed.some((pattern) => pattern.test(call))), 'API calls before a submit').toEqual([]);
  }
}

/** The keys of a JSON request body. */
export function bodyKeys(call: ApiCall): string[] {
  return Object.keys(JSON.parse(call.body ?? '{}')).sort();
}
