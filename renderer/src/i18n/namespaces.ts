import { app } from './locales/app.ts';
import { common } from './locales/common.ts';
import { photos } from './locales/photos.ts';
import { gongwen } from './locales/gongwen.ts';
import { find } from './locales/find.ts';
import { polish } from './locales/polish.ts';
import { designer } from './locales/designer.ts';
import { printPreview } from './locales/printPreview.ts';
import { richtext } from './locales/richtext.ts';
import { sections } from './locales/sections.ts';
import { series } from './locales/series.ts';

/**
 * Every namespace of UI strings, each with zh-CN and en. A test holds both languages to the same keys.
 * Add a namespace file under locales/ and list it here.
 */
export const NAMESPACES = {
  common,
  app,
  richtext,
  sections,
  photos,
  gongwen,
  find,
  polish,
  series,
  designer,
  printPreview,
} satisfies Record<string, { 'zh-CN': Record<string, string>; en: Record<string, string> }>;
