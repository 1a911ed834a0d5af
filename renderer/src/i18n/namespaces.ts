import { common } from './locales/common.ts';

/**
 * Every namespace of UI strings, each with zh-CN and en. A test holds both languages to the same keys.
 * Add a namespace file under locales/ and list it here.
 */
export const NAMESPACES = {
  common,
} satisfies Record<string, { 'zh-CN': Record<string, string>; en: Record<string, string> }>;
