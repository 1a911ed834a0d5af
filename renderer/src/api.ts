import type { BriefingApi } from '../../core/ipc/contract.ts';

declare global {
  interface Window {
    /** Installed by the preload (Electron) or by the end-to-end harness (Playwright): the only door to the host. */
    briefing: BriefingApi;
  }
}

export function hostApi(): BriefingApi {
  if (!window.briefing) throw new Error('window.briefing is missing: the renderer must run under the app or the test harness');
  return window.briefing;
}
