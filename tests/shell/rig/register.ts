/**
 * Preloaded (`node --import tsx --import register.ts out/main/index.js`) before the built main process: the
 * platform the test asked for, "electron" resolved to the fake, and the control channel the test drives.
 */
import { register } from 'node:module';
import { rigConfig } from './config.ts';

const config = rigConfig();
Object.defineProperty(process, 'platform', { value: config.platform });
// Electron defines it in every process: https://www.electronjs.org/docs/latest/api/process#processresourcespath-readonly
Object.defineProperty(process, 'resourcesPath', { value: config.resourcesPath });
register('./resolveElectron.mjs', import.meta.url);
await import('./control.ts');
