import { missingContent } from '../../model/index.ts';
import { msg } from '../messages.ts';
import type { Rule } from '../types.ts';

/** The fields export refuses to do without (core/model/completeness.ts), so the editor shows them before export does. */
export const requiredForExport: Rule = {
  id: 'required-field',
  severity: 'error',
  description: msg('导出所需的内容未填写', 'A field export requires is blank'),
  document: (ctx) =>
    missingContent(ctx.briefing).map((p) => ({ path: p.path, message: msg('此项为必填项，导出前须填写', 'Required: fill this in before exporting') })),
};
