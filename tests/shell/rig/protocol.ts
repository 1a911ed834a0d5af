import type { Bounds } from './fakeElectron.ts';

/** The requests a test may send to the rig's child process (see control.ts). */
export type RigRequest =
  | { op: 'ready' }
  | { op: 'emitApp'; event: string; args: unknown[] }
  | { op: 'quit' }
  | { op: 'windows' }
  | { op: 'closeWindow'; id: number }
  | { op: 'moveWindow'; id: number; bounds: Bounds }
  | { op: 'contentsEvent'; id: number; event: string; fields: Record<string, unknown>; args: unknown[] }
  | { op: 'windowOpen'; id: number; url: string }
  | { op: 'invoke'; id: number; channel: string; payload: unknown; frame: { url: string; main: boolean } }
  | { op: 'channels' }
  | { op: 'menu' }
  | { op: 'clickMenu'; labels: string[] }
  | { op: 'answer'; kind: 'messageBox' | 'save' | 'open' | 'print'; values: unknown[] }
  | { op: 'dialogs' }
  | { op: 'calls' }
  | { op: 'request'; partition: string; url: string }
  | { op: 'permission'; partition: string; permission: string };
