import { afterEach } from 'vitest';
import { toWire } from '../../../core/ipc/index.ts';
import { sampleDocument } from '../../fixtures/briefings.ts';
import { shellBuild } from './globalSetup.ts';
import { ShellRig, type RigOptions } from './shellRig.ts';

const running: ShellRig[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((rig) => rig.stop()));
});

/** A rig on this run's build, stopped after the test. */
export function startShell(options: Omit<RigOptions, 'build'> = {}): ShellRig {
  const rig = ShellRig.start({ build: shellBuild(), ...options });
  running.push(rig);
  return rig;
}

/** A briefing as the renderer sends it over IPC. */
export const wireDocument = (language: 'en' | 'zh-CN' = 'en') => toWire(sampleDocument(language));
