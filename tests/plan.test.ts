import { beforeAll, describe, expect, it } from 'vitest';
import { richTextFromPlain, type Briefing, type Language } from '../core/model/index.ts';
import { buildPlan, type Block, type FigureBlock, type HeadingBlock, type TableBlock } from '../core/export/index.ts';
import type { TemplateManifest } from '../core/template/index.ts';
import { validBriefing } from './fixtures/briefings.ts';
import { builtinTemplate } from './fixtures/templates.ts';

let cn: TemplateManifest;
let en: TemplateManifest;
beforeAll(async () => {
  cn = (await builtinTemplate('cn-work-briefing')).manifest;
  en = (await builtinTemplate('en-visit-report')).manifest;
});

const media = (id: string, caption: string) => ({ id, mimeType: 'image/png', caption, width: 40, height: 30 });
const site = (id: string, name: string, photoIds: string[] = [], description: unknown[] = richTextFromPlain(`${name}。`)) => ({
  id,
  name,
  description,
  photoIds,
});

/** A briefing with the people of the Guangxi visit, listed host-first on purpose, and sections given per test. */
function briefing(sections: unknown[], language: Language = 'zh-CN'): Briefing {
  return validBriefing({
    formatVersion: 3,
    meta: { title: '调研', visitDate: '2022-06-09', language, templateId: 'cn-work-briefing', issuingOffice: '办公厅' },
    attendees: [
      { id: 'h1', name: '董晓磊', title: '广州铝材执行董事', group: 'host' },
      { id: 'd2', name: '杨跃平', title: '自治区人大常委会二级巡视员', group: 'delegation' },
      { id: 'x1', name: '王秘书', group: 'accompanying' },
      { id: 'd1', name: '张晓钦', title: '自治区人大常委会副主任', group: 'delegation', leader: true },
      { id: 'd3', name: '张孔', title: '财经委办公室一级调研员', group: 'delegation' },
    ],
    sections,
    media: [media('m1', '展厅'), media('m2', '座谈会'), media('m3', '车间'), media('m4', '未用')],
  });
}

const headings = (blocks: Block[]) =>
  blocks.filter((b): b is HeadingBlock => b.kind === 'heading').map((h) => `${h.number}${h.text}`);

describe('buildPlan: heading numbers', () => {
  it('numbers 一、（一）1. and restarts each level under a new parent', () => {
    const heading3 = (text: string) => ({ type: 'heading', level: 1, children: [{ text }] });
    const plan = buildPlan(
      briefing([
        {
          id: 's1',
          type: 'sites',
          sites: [
            site('a', '展厅', [], [heading3('概况'), { type: 'paragraph', children: [{ text: '说明。' }] }, heading3('监控')]),
            site('b', '会议室', [], [heading3('议程')]),
          ],
        },
        { id: 's2', type: 'sites', heading: '第二站', sites: [site('c', '车间')] },
        { id: 't', type: 'text', heading: '结论', body: [heading3('主要看法')] },
      ]),
      cn,
    );
    expect(headings(plan.blocks)).toEqual([
      '一、调研行程',
      '（一）展厅',
      '1.概况',
      '2.监控',
      '（二）会议室',
      '1.议程',
      '二、第二站',
      '（一）车间',
      '三、结论',
      // One level below the heading it is under, as under a site: in a text section that is （一）.
      '（一）主要看法',
    ]);
  });

  it('numbers rich-text headings one level below their section heading, down to the fourth GB/T level （1）', () => {
    const h = (level: 1 | 2 | 3, text: string) => ({ type: 'heading', level, children: [{ text }] });
    const plan = buildPlan(
      briefing([{ id: 't', type: 'text', heading: '结论', body: [h(1, '甲'), h(2, '子'), h(3, '丑'), h(1, '乙'), h(2, '寅')] }]),
      cn,
    );
    expect(headings(plan.blocks)).toEqual(['一、结论', '（一）甲', '1.子', '（1）丑', '（二）乙', '1.寅']);
  });

  it('numbers English headings 1. / 1.1 with the parent number and a space before the text', () => {
    const plan = buildPlan(
      briefing(
        [
          { id: 's', type: 'sites', sites: [site('a', 'Hall'), site('b', 'Plant')] },
          { id: 't', type: 'sites', heading: 'Afternoon', sites: [site('c', 'Dock')] },
        ],
        'en',
      ),
      en,
    );
    expect(headings(plan.blocks)).toEqual(['1. Sites visited', '1.1 Hall', '1.2 Plant', '2. Afternoon', '2.1 Dock']);
  });

  it('leaves hidden sections out without leaving a gap in the numbering', () => {
    const plan = buildPlan(
      briefing([
        { id: 'a', type: 'attendees' },
        { id: 'h', type: 'text', heading: '内部备注', hidden: true, body: richTextFromPlain('不印出的内容') },
        { id: 't', type: 'text', heading: '结论', body: richTextFromPlain('印出的内容') },
      ]),
      cn,
    );
    expect(headings(plan.blocks)).toEqual(['一、参加人员', '二、结论']);
    expect(JSON.stringify(plan.blocks)).not.toContain('不印出的内容');
  });
});

describe('buildPlan: attendees', () => {
  it('writes the Chinese run-in sentence: leader, members, then the other sides in the template order', () => {
    const plan = buildPlan(briefing([{ id: 'a', type: 'attendees' }]), cn);
    // The section's heading, then its sentence (the template's opening sentence comes before both).
    const paragraph = plan.blocks[plan.blocks.findIndex((b) => b.kind === 'heading') + 1];
    expect(paragraph?.kind).toBe('paragraph');
    const text = paragraph?.kind === 'paragraph' ? paragraph.runs.map((r) => r.text).join('') : '';
    expect(text).toBe(
      '自治区人大常委会副主任张晓钦带队，自治区人大常委会二级巡视员杨跃平、财经委办公室一级调研员张孔参加调研，' +
        '王秘书陪同调研，广州铝材执行董事董晓磊陪同。',
    );
  });

  it('groups the attendee table by side in the template group order, people in the order given', () => {
    const doc = briefing([{ id: 'a', type: 'attendees' }], 'en');
    const table = (manifest: TemplateManifest) => buildPlan(doc, manifest).blocks.find((b): b is TableBlock => b.kind === 'table');
    const standard = table(en);
    expect(standard?.header).toEqual(['Name', 'Position', 'Organisation']);
    expect(standard?.groups.map((g) => [g.label, g.rows.map((r) => r[0])])).toEqual([
      ['Visiting delegation', ['杨跃平', '张晓钦', '张孔']],
      ['Host', ['董晓磊']],
      ['Accompanying', ['王秘书']],
    ]);
    const hostFirst = { ...en, attendees: { ...en.attendees, groupOrder: ['host' as const, 'accompanying' as const] } };
    expect(table(hostFirst)?.groups.map((g) => g.label)).toEqual(['Host', 'Accompanying', 'Visiting delegation']);
  });
});

describe('buildPlan: figures', () => {
  it('numbers figures in the order they appear, not the order of the media list, skipping hidden sections', () => {
    const plan = buildPlan(
      briefing([
        { id: 'hidden', type: 'photos', photoIds: ['m4'], hidden: true },
        { id: 's', type: 'sites', sites: [site('a', '展厅', ['m3']), site('b', '会议室', ['m1'])] },
        { id: 'p', type: 'photos', photoIds: ['m2'] },
      ]),
      cn,
    );
    const figures = plan.blocks.filter((b): b is FigureBlock => b.kind === 'figure');
    expect(figures.map((f) => [f.number, f.mediaId, f.caption])).toEqual([
      [1, 'm3', '图1　车间'],
      [2, 'm1', '图2　展厅'],
      [3, 'm2', '图3　座谈会'],
    ]);
    expect(figures.map((f) => f.captionLabel + f.captionNumberText + f.captionRest)).toEqual(figures.map((f) => f.caption));
  });

  it('writes English captions through the template pattern', () => {
    const plan = buildPlan(briefing([{ id: 'p', type: 'photos', photoIds: ['m2', 'm1'] }], 'en'), en);
    const captions = plan.blocks.filter((b): b is FigureBlock => b.kind === 'figure').map((f) => f.caption);
    expect(captions).toEqual(['Figure 1. 座谈会', 'Figure 2. 展厅']);
  });
});

describe('buildPlan: distribution', () => {
  it('puts the distribution block last wherever it stands in the outline, with 报/送/发, office, date and copies', () => {
    const plan = buildPlan(
      briefing([
        {
          id: 'd',
          type: 'distribution',
          lines: [
            { kind: 'report', recipients: '自治区人大常委会领导' },
            { kind: 'send', recipients: '自治区发展改革委' },
            { kind: 'issue', recipients: '各专门委员会' },
          ],
          printedBy: '自治区人大常委会办公厅',
          printDate: '2022-06-10',
          copies: 30,
        },
        { id: 't', type: 'text', heading: '结论', body: richTextFromPlain('正文。') },
      ]),
      cn,
    );
    const last = plan.blocks.at(-1);
    expect(last).toEqual({
      kind: 'distribution',
      lines: [
        { label: '报：', text: '自治区人大常委会领导' },
        { label: '送：', text: '自治区发展改革委' },
        { label: '发：', text: '各专门委员会' },
      ],
      printedBy: '自治区人大常委会办公厅　　2022年6月10日印发',
      copies: '（共印30份）',
      atFootOfLastPage: true,
      // Where it came from in the model (the preview's anchor); the distribution section is first in the outline.
      source: 'sections[0]',
    });
    expect(headings(plan.blocks)).toEqual(['一、结论']);
  });
});
