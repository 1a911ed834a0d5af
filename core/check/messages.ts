import type { Message } from './types.ts';

export const msg = (zh: string, en: string): Message => ({ 'zh-CN': zh, en });
