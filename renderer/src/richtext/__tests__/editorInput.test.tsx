import './chromiumDom.ts';
import { act, fireEvent, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, test } from 'vitest';
import { richTextFromPlain, type RichText } from '../../../../core/model/index.ts';
import { placeCaret, renderEditor, settle } from './harness.tsx';
import { WORD_HTML } from './fixtures/clipboardHtml.ts';
import { isActiveInEditor, runInActiveEditor } from '../activeEditor.ts';

const box = () => screen.getByRole('textbox', { name: 'Description' });
const visible = () => (box().textContent ?? '').replace(/\uFEFF/g, '');

describe('keys', () => {
  const keydowns: KeyboardEvent[] = [];
  const listener = (event: KeyboardEvent) => keydowns.push(event);
  afterEach(() => {
    window.removeEventListener('keydown', listener);
    keydowns.length = 0;
  });

  test('shortcuts reshape blocks and toggle marks, emitting the exact RichText', async () => {
    const user = userEvent.setup();
    const { owner } = await renderEditor(richTextFromPlain('议程', '正文'));
    await placeCaret(box(), 0, 0, { leaf: 0, offset: 2 });
    await user.keyboard('{Control>}{Alt>}2{/Alt}{/Control}');
    expect(owner.emitted.at(-1)?.[0]).toEqual({ type: 'heading', level: 2, children: [{ text: '议程' }] });
    await user.keyboard('{Control>}i{/Control}');
    expect(owner.emitted.at(-1)?.[0]).toEqual({ type: 'heading', level: 2, children: [{ text: '议程', italic: true }] });
    await placeCaret(box(), 1, 1);
    await user.keyboard('{Control>}{Shift>}8{/Shift}{/Control}');
    expect(owner.emitted.at(-1)).toEqual([
      { type: 'heading', level: 2, children: [{ text: '议程', italic: true }] },
      { type: 'bulleted-list', children: [{ type: 'list-item', children: [{ text: '正文' }] }] },
    ]);
  });

  test('Ctrl+Z and Ctrl+Y are not handled by the editor: they reach the app untouched and change nothing here', async () => {
    const user = userEvent.setup();
    window.addEventListener('keydown', listener);
    const { owner } = await renderEditor(richTextFromPlain('abc'));
    await placeCaret(box(), 0, 3);
    await user.keyboard('d');
    const count = owner.emitted.length;
    // As Chromium sends them (with keyCode/which, which Slate's own hotkey matcher reads).
    for (const [key, shiftKey] of [['z', false], ['y', false], ['Z', true]] as const) {
      const keyCode = key.toUpperCase().charCodeAt(0);
      fireEvent.keyDown(box(), { key, code: `Key${key.toUpperCase()}`, keyCode, which: keyCode, ctrlKey: true, shiftKey });
    }
    const history = keydowns.filter((event) => event.ctrlKey && /^[zy]$/i.test(event.key));
    expect(history).toHaveLength(3);
    expect(history.every((event) => !event.defaultPrevented)).toBe(true);
    expect(owner.emitted).toHaveLength(count);
    expect(visible()).toBe('abcd');
  });
});

describe('toolbar', () => {
  test('one labelled button per command, pressed state follows the selection, click applies', async () => {
    const user = userEvent.setup();
    const { owner } = await renderEditor(richTextFromPlain('加粗这里'));
    const toolbar = screen.getByRole('toolbar', { name: 'Description formatting' });
    const bold = within(toolbar).getByRole('button', { name: 'Bold' });
    expect(bold.getAttribute('aria-pressed')).toBe('false');
    expect(bold.getAttribute('aria-keyshortcuts')).toBe('Control+B');
    await placeCaret(box(), 0, 0, { leaf: 0, offset: 2 });
    await user.click(bold);
    expect(owner.emitted.at(-1)).toEqual([{ type: 'paragraph', children: [{ text: '加粗', bold: true }, { text: '这里' }] }]);
    await settle();
    // The same element: a pressed button is restyled, not remounted out from under keyboard focus.
    expect(bold.isConnected).toBe(true);
    expect(bold.getAttribute('aria-pressed')).toBe('true');
    await user.click(within(toolbar).getByRole('button', { name: 'Numbered list' }));
    expect(owner.emitted.at(-1)?.[0]?.type).toBe('numbered-list');
    expect(within(toolbar).getByRole('button', { name: 'Numbered list' }).getAttribute('aria-pressed')).toBe('true');
  });

  test('a menu runs the same commands in the last-focused editor', async () => {
    expect(runInActiveEditor('bold')).toBe(false);
    const { owner } = await renderEditor(richTextFromPlain('标题'));
    await placeCaret(box(), 0, 0, { leaf: 0, offset: 2 });
    let ran = false;
    await act(async () => {
      ran = runInActiveEditor('heading1');
    });
    expect(ran).toBe(true);
    expect(owner.emitted.at(-1)).toEqual([{ type: 'heading', level: 1, children: [{ text: '标题' }] }]);
    expect(isActiveInEditor('heading1')).toBe(true);
    expect(runInActiveEditor('no-such-command')).toBe(false);
  });

  test('a single tab stop; arrow keys, Home and End move between buttons', async () => {
    await renderEditor(richTextFromPlain('x'));
    const buttons = within(screen.getByRole('toolbar')).getAllByRole('button');
    expect(buttons.filter((b) => b.tabIndex === 0)).toHaveLength(1);
    buttons[0]?.focus();
    fireEvent.keyDown(buttons[0] as HTMLElement, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(buttons[1]);
    fireEvent.keyDown(buttons[1] as HTMLElement, { key: 'End' });
    expect(document.activeElement).toBe(buttons.at(-1));
    fireEvent.keyDown(buttons.at(-1) as HTMLElement, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(buttons[0]);
    expect(buttons.filter((b) => b.tabIndex === 0)).toEqual([buttons[0]]);
  });

  test('labels follow the UI language', async () => {
    await renderEditor(richTextFromPlain('x'), { language: 'zh-CN' });
    const toolbar = screen.getByRole('toolbar', { name: 'Description格式工具栏' });
    expect(within(toolbar).getByRole('button', { name: '加粗' })).toBeTruthy();
    expect(within(toolbar).getByRole('button', { name: '二级标题' })).toBeTruthy();
  });
});

/** Chromium's clipboard as Slate reads it from a paste's beforeinput: Slate checks the constructor's name. */
class DataTransfer {
  constructor(private readonly items: Record<string, string>) {}
  get types() {
    return Object.keys(this.items);
  }
  getData(type: string) {
    return this.items[type] ?? '';
  }
}

describe('paste', () => {
  const paste = (items: Record<string, string>) => {
    const event = new InputEvent('beforeinput', { inputType: 'insertFromPaste', bubbles: true, cancelable: true });
    Object.defineProperty(event, 'dataTransfer', { value: new DataTransfer(items) });
    box().dispatchEvent(event);
  };

  test('Word HTML pasted into a paragraph arrives as our blocks, with a valid emitted value', async () => {
    const { owner } = await renderEditor(richTextFromPlain('开头'));
    await placeCaret(box(), 0, 2);
    paste({ 'text/html': WORD_HTML, 'text/plain': 'ignored' });
    await settle();
    const value = owner.emitted.at(-1) ?? [];
    expect(value[0]).toEqual({ type: 'paragraph', children: [{ text: '开头Visit 概况' }] });
    expect(value.map((b) => b.type)).toEqual(['paragraph', 'paragraph', 'paragraph', 'bulleted-list', 'numbered-list', 'paragraph']);
    expect(box().querySelectorAll('ul > li')).toHaveLength(2);
    expect(box().querySelector('script, style, img')).toBeNull();
  });

  test('pasted into an empty field, the first block keeps its own type (a heading stays a heading)', async () => {
    const { owner } = await renderEditor([]);
    await placeCaret(box(), 0, 0);
    paste({ 'text/html': '<h1>标题</h1><p>正文</p>' });
    await settle();
    expect(owner.emitted.at(-1)).toEqual([
      { type: 'heading', level: 1, children: [{ text: '标题' }] },
      { type: 'paragraph', children: [{ text: '正文' }] },
    ]);
    expect(box().querySelector('h1')?.textContent).toBe('标题');
  });

  test('plain text pasted into a list item: the first line joins the item, the next lines become items', async () => {
    const list: RichText = [{ type: 'bulleted-list', children: [{ type: 'list-item', children: [{ text: 'a' }] }] }];
    const { owner } = await renderEditor(list);
    await placeCaret(box(), 0, 1);
    paste({ 'text/plain': 'b\nc' });
    await settle();
    expect(owner.emitted.at(-1)).toEqual([
      { type: 'bulleted-list', children: ['ab', 'c'].map((text) => ({ type: 'list-item', children: [{ text }] })) },
    ]);
  });
});
