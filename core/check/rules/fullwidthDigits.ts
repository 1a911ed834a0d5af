import { msg } from '../messages.ts';
import { scan } from '../scan.ts';
import type { Rule } from '../types.ts';

/** GB/T 15835-2011 §5.1: Arabic numerals are half-width; １２３ pasted from a full-width input method are not. */
export const fullwidthDigits: Rule = {
  id: 'num-fullwidth-digits',
  severity: 'warning',
  description: msg('使用了全角数字（１２３），应使用半角阿拉伯数字', 'Full-width digits (１２３) where half-width Arabic numerals belong'),
  field: (field) =>
    scan(field, /[０-９]+/g, (m) => ({
      message: msg('应使用半角阿拉伯数字', 'Use half-width digits'),
      fix: m[0].replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)),
    })),
};
