import './chromiumDom.ts';
import { screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { richTextFromPlain, type RichText } from '../../../../core/model/index.ts';
import { placeCaret, renderEditor, settle } from './harness.tsx';
import { composeLikeChromium } from './ime.ts';

const box = () => screen.getByRole('textbox', { name: 'Description' });
/** What the user sees: the text, with Slate's zero-width caret anchors removed. */
const visible = () => (box().textContent ?? '').replace(/\uFEFF/g, '');

describe('Chinese IME composition (Chromium event order)', () => {
  test('in an empty editor showing a placeholder', async () => {
    const { owner } = await renderEditor([], { placeholder: '请输入说明' });
    await settle(10);
    expect(box().querySelector('[data-slate-placeholder]')?.textContent).toBe('请输入说明');
    await placeCaret(box(), 0, 0);
    await composeLikeChromium(box(), ['zhong', '中', '中wen'], '中文', () => {
      // Mid-composition: nothing reaches the briefing, and the placeholder is gone so it cannot swallow the text.
      expect(owner.emitted).toHaveLength(0);
      expect(box().querySelector('[data-slate-placeholder]')).toBeNull();
    });
    expect(owner.emitted).toEqual([richTextFromPlain('中文')]);
    expect(visible()).toBe('中文');
    expect(box().querySelector('[data-slate-placeholder]')).toBeNull();
  });

  test('after toggling bold with a collapsed caret (a pending mark)', async () => {
    const user = userEvent.setup();
    const { owner } = await renderEditor(richTextFromPlain('会谈纪要'));
    await placeCaret(box(), 0, 2);
    await user.keyboard('{Control>}b{/Control}');
    await composeLikeChromium(box(), ['jia', '加'], '加粗');
    const expected: RichText = [
      { type: 'paragraph', children: [{ text: '会谈' }, { text: '加粗', bold: true }, { text: '纪要' }] },
    ];
    expect(owner.emitted.at(-1)).toEqual(expected);
    expect(visible()).toBe('会谈加粗纪要');
    expect(box().querySelector('strong')?.textContent).toBe('加粗');
  });

  test('in the middle of text', async () => {
    const { owner } = await renderEditor(richTextFromPlain('参观展厅'));
    await placeCaret(box(), 0, 2);
    await composeLikeChromium(box(), ['yuan', '园'], '园区');
    expect(owner.emitted).toEqual([richTextFromPlain('参观园区展厅')]);
    expect(visible()).toBe('参观园区展厅');
  });

  test('inside a list item, twice in a row', async () => {
    const list: RichText = [{ type: 'numbered-list', children: [{ type: 'list-item', children: [{ text: '议程' }] }] }];
    const { owner } = await renderEditor(list);
    await placeCaret(box(), 0, 2);
    await composeLikeChromium(box(), ['yi'], '一');
    await composeLikeChromium(box(), ['er'], '二');
    expect(owner.emitted.at(-1)).toEqual([
      { type: 'numbered-list', children: [{ type: 'list-item', children: [{ text: '议程一二' }] }] },
    ]);
    expect(box().querySelectorAll('ol > li')).toHaveLength(1);
    expect(visible()).toBe('议程一二');
  });

  test('an outside change (undo) arriving mid-composition waits; editor and briefing agree afterwards', async () => {
    const { owner } = await renderEditor(richTextFromPlain('原文'));
    await placeCaret(box(), 0, 2);
    await composeLikeChromium(box(), ['xin'], '新', () => {
      owner.setValue(richTextFromPlain('撤销后'));
      // The composition's DOM is left alone while the IME owns it.
      expect(visible()).toContain('新');
    });
    await settle(50);
    const shown = visible();
    expect(owner.current().map((block) => (block.type === 'paragraph' ? block.children.map((l) => l.text).join('') : ''))).toEqual([shown]);
  });
});
