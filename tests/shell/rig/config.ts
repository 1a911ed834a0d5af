import type { Bounds } from './fakeElectron.ts';

/** How a rig run starts: the machine the shell believes it is on and what Electron would answer. */
export interface RigConfig {
  platform: NodeJS.Platform;
  packaged: boolean;
  userData: string;
  home: string;
  /** process.resourcesPath: where a packaged app finds its extra resources (the built-in templates). */
  resourcesPath: string;
  locale: string;
  singleInstanceLock: boolean;
  displays: Bounds[];
}

export const RIG_CONFIG_ENV = 'BRIEFING_SHELL_RIG';

export function rigConfig(): RigConfig {
  const raw = process.env[RIG_CONFIG_ENV];
  if (!raw) throw new Error(`${RIG_CONFIG_ENV} is not set: the fake electron module runs only inside the shell rig`);
  return JSON.parse(raw) as RigConfig;
}
