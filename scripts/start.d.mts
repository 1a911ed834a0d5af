// Types of scripts/start.mjs (plain JavaScript: it must run before anything is built or installed).
import type { SpawnOptions } from 'node:child_process';

export function electronBinary(): string | undefined;
export function installHelp(status: string): string;
export function installerEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv;
export function sandboxHelp(stderr: string): string | undefined;
export function electronViteArgs(argv: readonly string[]): string[];
export function runWatched(command: string, args: readonly string[], options: SpawnOptions): Promise<number>;
export function nodeTooOld(version?: string): boolean;
