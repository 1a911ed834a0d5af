import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { CHANNELS, EVENT_CHANNELS } from '../../core/ipc/channels.ts';
import type { BriefingApi, HostEvents } from '../../core/ipc/contract.ts';

/**
 * The one door from the editor to the host: `window.briefing`, one function per contract channel plus `on` for
 * the host's events. ipcRenderer itself never crosses the bridge, and neither does an IPC event object (its
 * `sender` is ipcRenderer): listeners get the payload only. This runs sandboxed, so it is bundled into one file.
 */
const requests = Object.fromEntries(CHANNELS.map((channel) => [channel, (request?: unknown) => ipcRenderer.invoke(channel, request)]));

function on<E extends keyof HostEvents>(event: E, listener: (payload: HostEvents[E]) => void): () => void {
  if (!Object.hasOwn(EVENT_CHANNELS, event)) throw new Error(`window.briefing.on: unknown event "${String(event)}"`);
  const channel = EVENT_CHANNELS[event];
  const forward = (_event: IpcRendererEvent, payload: HostEvents[E]) => listener(payload);
  ipcRenderer.on(channel, forward);
  return () => {
    ipcRenderer.removeListener(channel, forward);
  };
}

const api = { ...requests, on } as BriefingApi;
contextBridge.exposeInMainWorld('briefing', api);
