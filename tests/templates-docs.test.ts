import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { PACKAGE_ROOT } from '../core/node/paths.ts';
import { PAGE_SIZES, TemplateManifestSchema } from '../core/template/index.ts';
import { builtinTemplate } from './fixtures/templates.ts';

/** Every field name the manifest schema accepts, at any depth. */
function fieldNames(schema: z.ZodType, into = new Set<string>()): Set<string> {
  if (schema instanceof z.ZodObject) {
    for (const [key, child] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
      into.add(key);
      fieldNames(child, into);
    }
  } else if (schema instanceof z.ZodOptional || schema instanceof z.ZodDefault) {
    fieldNames(schema.def.innerType as z.ZodType, into);
  } else if (schema instanceof z.ZodArray) {
    fieldNames(schema.element as z.ZodType, into);
  } else if (schema instanceof z.ZodTuple || schema instanceof z.ZodUnion) {
    const members = (schema instanceof z.ZodTuple ? schema.def.items : schema.def.options) as z.ZodType[];
    for (const member of members) fieldNames(member, into);
  }
  return into;
}

describe('docs/template-authoring.md', () => {
  it('explains every field of the template manifest', async () => {
    const doc = await readFile(path.join(PACKAGE_ROOT, 'docs', 'template-authoring.md'), 'utf8');
    const names = [...fieldNames(TemplateManifestSchema)];
    expect(names.length).toBeGreaterThan(60);
    const missing = names.filter((name) => !doc.includes(`\`${name}\``) && !doc.includes(`"${name}"`));
    expect(missing).toEqual([]);
  });
});

describe('the built-in cn-work-briefing keeps the GB/T 9704-2012 numbers the guide documents', () => {
  it('has the A4 type area of 156 × 225 mm, 3号 body on a 22 × 28 grid, and the standard page numbers', async () => {
    const { manifest } = await builtinTemplate('cn-work-briefing');
    const { marginsMm } = manifest.page;
    expect(manifest.page.size).toBe('A4');
    expect(marginsMm).toEqual({ top: 37, bottom: 35, left: 28, right: 26 });
    expect(PAGE_SIZES.A4.widthMm - marginsMm.left - marginsMm.right).toBe(156);
    expect(PAGE_SIZES.A4.heightMm - marginsMm.top - marginsMm.bottom).toBe(225);
    expect(manifest.fonts.body.sizePt).toBe(16);
    expect(manifest.body.grid).toEqual({ linesPerPage: 22, charsPerLine: 28 });
    expect(manifest.headings.map((h) => h.number)).toEqual(['{1:cn}、', '（{2:cn}）', '{3}.', '（{4}）']);
    expect(manifest.headings.map((h) => h.font.eastAsia[0])).toEqual(['黑体', '楷体_GB2312', '仿宋_GB2312', '仿宋_GB2312']);
    expect(manifest.pageNumbers).toMatchObject({ odd: 'right', even: 'left', insetChars: 1, font: { sizePt: 14 } });
    expect(manifest.pageNumbers.pattern['zh-CN']).toBe('— {n} —');
    expect(manifest.distribution).toMatchObject({ atFootOfLastPage: true, font: { sizePt: 14 } });
  });
});
