import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { CHANNELS, type Channel } from '../../core/ipc/index.ts';
import type { IpcHandler } from '../../core/ipc/handlers.ts';

/**
 * Registers one ipcMain handler per contract channel. A request is served only when `trusted` says it came from
 * the app's own page in the editor window; the payload itself is validated by the handler.
 */
export function registerIpc(handlers: Record<Channel, IpcHandler>, trusted: (event: IpcMainInvokeEvent) => boolean): () => void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event, payload: unknown) => {
      if (!trusted(event)) throw new Error(`${channel}: refused, the request did not come from the app's own page`);
      return handlers[channel](payload);
    });
  }
  return () => CHANNELS.forEach((channel) => ipcMain.removeHandler(channel));
}

/** The handlers, with `saveEnded` told whether each document:save wrote the file (the close guard waits on it). */
export function watchSaves(handlers: Record<Channel, IpcHandler>, saveEnded: (saved: boolean) => void): Record<Channel, IpcHandler> {
  const save = handlers['document:save'];
  const watched: IpcHandler = async (payload) => {
    const result = await save(payload).catch((error: unknown) => {
      saveEnded(false);
      throw error;
    });
    saveEnded(typeof result === 'object' && result !== null && (result as { ok?: unknown }).ok === true);
    return result;
  };
  return { ...handlers, 'document:save': watched };
}
