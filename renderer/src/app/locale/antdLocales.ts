import type { Locale } from 'antd/es/locale/index.js';
import enUSModule from 'antd/locale/en_US.js';
import zhCNModule from 'antd/locale/zh_CN.js';
import type { Language } from '../../../../core/model/index.ts';

/**
 * antd ships its locales as CommonJS with `exports.default`. TypeScript (NodeNext) types the default import as the
 * whole module, the bundler hands over `exports.default`; accept both.
 */
function unwrap(module: Locale | { default: Locale }): Locale {
  return 'default' in module ? module.default : module;
}

export function antdLocale(language: Language): Locale {
  return unwrap(language === 'zh-CN' ? zhCNModule : enUSModule);
}
