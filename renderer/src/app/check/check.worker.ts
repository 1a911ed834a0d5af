import { checkBriefing } from '../../../../core/check/index.ts';
import type { CheckReply, CheckRequest } from './checkProtocol.ts';

/**
 * The checker off the editor's thread: a 100-page briefing takes tens of milliseconds to check, more than a frame,
 * so the rules run here and typing never waits for them. Loaded from the app's own origin ('self' in the CSP).
 */
const scope = globalThis as unknown as {
  onmessage: ((event: MessageEvent<CheckRequest>) => void) | null;
  postMessage(reply: CheckReply): void;
};

scope.onmessage = ({ data }) => {
  const start = performance.now();
  try {
    const findings = checkBriefing(data.briefing, { disabledRules: data.disabledRules, ...(data.series ? { series: data.series } : {}) });
    scope.postMessage({ id: data.id, ms: performance.now() - start, findings });
  } catch (error) {
    scope.postMessage({ id: data.id, ms: performance.now() - start, error: error instanceof Error ? error.message : String(error) });
  }
};
