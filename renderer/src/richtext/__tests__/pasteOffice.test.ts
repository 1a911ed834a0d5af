import { describe, expect, test } from 'vitest';
import { RichTextSchema } from '../../../../core/model/index.ts';
import { deserializeHtml } from '../paste/deserialize.ts';
import WORD_NESTED from '../../../../tests/fixtures/clipboard/word-nested-list.html?raw';
import WORD_TABLE from '../../../../tests/fixtures/clipboard/word-table.html?raw';
import WPS_MARGIN from '../../../../tests/fixtures/clipboard/wps-margin-list.html?raw';
import WPS_TYPED from '../../../../tests/fixtures/clipboard/wps-list-typed-number.html?raw';
import WPS_TABLE from '../../../../tests/fixtures/clipboard/wps-table.html?raw';

const item = (text: string, indent = 0) => ({ type: 'list-item', ...(indent ? { indent } : {}), children: [{ text }] });

/** Issue 9, item 8: what Word and WPS put on the clipboard for lists and tables. */
describe('paste from Word and WPS keeps lists, their levels and tables', () => {
  test('Word: mso-list levels become list levels; the literal "1." / "a)" / Wingdings bullets are dropped', () => {
    const result = deserializeHtml(WORD_NESTED);
    expect(result).toEqual([
      { type: 'paragraph', children: [{ text: '会谈议定以下事项：' }] },
      {
        type: 'numbered-list',
        children: [
          item('建立定期会商机制'),
          item('每季度召开一次联席会议', 1),
          item('会议纪要报双方领导', 1),
          { type: 'list-item', children: [{ text: '联合申报', bold: true }, { text: '省级示范项目' }] },
        ],
      },
      { type: 'bulleted-list', children: [item('参观展厅'), item('智能制造生产线', 1)] },
    ]);
    expect(RichTextSchema.parse(result)).toEqual(result);
  });

  test('WPS: a typed "1." with a hanging margin is a numbered item, "（1）" at a deeper margin its sub-item', () => {
    expect(deserializeHtml(WPS_MARGIN)).toEqual([
      { type: 'paragraph', children: [{ text: '下一步工作安排：' }] },
      {
        type: 'numbered-list',
        children: [
          item('完善项目清单'),
          item('梳理在建项目', 1),
          { type: 'list-item', indent: 1, children: [{ text: '更新' }, { text: '进度台账', bold: true }] },
          item('加强督促检查'),
        ],
      },
      // A body paragraph (first-line indent, no margin) that starts with a number stays a paragraph, number and all.
      { type: 'paragraph', children: [{ text: '1.5倍于去年的投入已经落实。' }] },
    ]);
  });

  test('WPS: mso-list with the number typed as text is a numbered list, without "1." in the text (no "• 1.")', () => {
    const result = deserializeHtml(WPS_TYPED);
    expect(result).toEqual([{ type: 'numbered-list', children: [item('确定调研路线'), item('通知参会单位'), item('市发展改革委', 1)] }]);
    expect(JSON.stringify(result)).not.toMatch(/"text":"\s*(1\.|2\.|a\.)/);
  });

  test('Word: a table with a <thead> is a table with a header row; a cell of two paragraphs keeps both lines', () => {
    const result = deserializeHtml(WORD_TABLE);
    expect(result).toEqual([
      { type: 'paragraph', children: [{ text: '日程安排如下：' }] },
      {
        type: 'table',
        header: true,
        children: [
          { type: 'table-row', children: [{ type: 'table-cell', children: [{ text: '时间', bold: true }] }, { type: 'table-cell', children: [{ text: '内容', bold: true }] }] },
          { type: 'table-row', children: [{ type: 'table-cell', children: [{ text: '9:00' }] }, { type: 'table-cell', children: [{ text: '参观智能装配车间\n听取企业介绍' }] }] },
          { type: 'table-row', children: [{ type: 'table-cell', children: [{ text: '14:30' }] }, { type: 'table-cell', children: [{ text: '座谈交流' }] }] },
        ],
      },
      { type: 'paragraph', children: [{ text: '以上安排如有变动另行通知。' }] },
    ]);
    expect(JSON.stringify(result)).not.toMatch(/mso|o:p/);
  });

  test('WPS: a table; a bold first row is its header, a cell spanning two columns keeps the columns after it in line', () => {
    const cells = (...texts: string[]) => ({ type: 'table-row', children: texts.map((text) => ({ type: 'table-cell', children: [{ text }] })) });
    const [table] = deserializeHtml(WPS_TABLE);
    expect(table).toEqual({
      type: 'table',
      header: true,
      children: [
        { type: 'table-row', children: ['单位', '人数', '备注'].map((text) => ({ type: 'table-cell', children: [{ text, bold: true }] })) },
        cells('市工信局', '3', ''),
        cells('合计（含随行人员）', '', '5人'),
      ],
    });
  });

  test('HTML lists nested in <ol>/<ul> keep their depth, in the outer list', () => {
    expect(deserializeHtml('<ol><li>one<ol><li>one.a<ul><li>deep</li></ul></li></ol></li><li>two</li></ol>')).toEqual([
      { type: 'numbered-list', children: [item('one'), item('one.a', 1), item('deep', 2), item('two')] },
    ]);
    // Google Docs: a flat list whose items carry aria-level.
    expect(deserializeHtml('<ul><li aria-level="1"><p>top</p></li><li aria-level="2"><p>under</p></li></ul>')).toEqual([
      { type: 'bulleted-list', children: [item('top'), item('under', 1)] },
    ]);
  });
});
