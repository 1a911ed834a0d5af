import './chromiumDom.ts';
import { screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { richTextFromPlain, type RichText } from '../../../../core/model/index.ts';
import { placeCaret, renderEditor, settle } from './harness.tsx';

const box = () => screen.getByRole('textbox', { name: 'Description' });
const visible = () => (box().textContent ?? '').replace(/\uFEFF/g, '');

const RICH: RichText = [
  { type: 'heading', level: 2, children: [{ text: '概况' }] },
  { type: 'paragraph', children: [{ text: 'b', bold: true }, { text: 'i', italic: true }, { text: 'u', underline: true }] },
  { type: 'bulleted-list', children: [{ type: 'list-item', children: [{ text: 'dot' }] }] },
  { type: 'numbered-list', children: [{ type: 'list-item', children: [{ text: 'one' }] }] },
  { type: 'block-quote', children: [{ text: 'q' }] },
];

describe('rendering', () => {
  test('semantic elements for every node and mark; a labelled multi-line textbox with a stable test id', async () => {
    await renderEditor(RICH);
    const editable = screen.getByTestId('rich-text-editable');
    expect(editable).toBe(box());
    expect(editable.getAttribute('aria-multiline')).toBe('true');
    expect(editable.id).toBe('desc');
    expect(editable.querySelector('h2')?.textContent).toBe('概况');
    expect(editable.querySelector('p strong')?.textContent).toBe('b');
    expect(editable.querySelector('p em')?.textContent).toBe('i');
    expect(editable.querySelector('p u')?.textContent).toBe('u');
    expect(editable.querySelector('ul > li')?.textContent).toBe('dot');
    expect(editable.querySelector('ol > li')?.textContent).toBe('one');
    expect(editable.querySelector('blockquote')?.textContent).toBe('q');
  });

  test('the placeholder is aria-hidden and announced through aria-placeholder; mounting emits nothing', async () => {
    const { owner } = await renderEditor([], { placeholder: '填写说明' });
    await settle(10);
    const placeholder = box().querySelector('[data-slate-placeholder]');
    expect(placeholder?.getAttribute('aria-hidden')).toBe('true');
    expect(box().getAttribute('aria-placeholder')).toBe('填写说明');
    expect(owner.emitted).toHaveLength(0);
  });
});

describe('controlled value', () => {
  test('typing emits valid RichText and the echo is not applied back (the caret keeps going)', async () => {
    const user = userEvent.setup();
    const { owner } = await renderEditor(richTextFromPlain('hello'));
    await placeCaret(box(), 0, 5);
    await user.keyboard(' world');
    expect(owner.emitted.at(-1)).toEqual(richTextFromPlain('hello world'));
    expect(visible()).toBe('hello world');
  });

  test('an outside change (the briefing undo) replaces the content without remounting and without an echo', async () => {
    const user = userEvent.setup();
    const { owner } = await renderEditor(richTextFromPlain('first', 'second'));
    const editable = box();
    await placeCaret(editable, 1, 6);
    await user.keyboard('!');
    const count = owner.emitted.length;
    await settle();
    owner.setValue(RICH);
    await settle();
    expect(box()).toBe(editable);
    expect(editable.querySelector('h2')?.textContent).toBe('概况');
    expect(editable.querySelector('blockquote')?.textContent).toBe('q');
    expect(owner.emitted).toHaveLength(count);
    // The caret was in a block that no longer exists; typing must still land somewhere valid.
    await user.keyboard('x');
    expect(visible()).toContain('x');
  });

  test('undo back to the exact earlier value restores the earlier text', async () => {
    const user = userEvent.setup();
    const initial = richTextFromPlain('会谈');
    const { owner } = await renderEditor(initial);
    await placeCaret(box(), 0, 2);
    await user.keyboard('abc');
    expect(visible()).toBe('会谈abc');
    owner.setValue(initial);
    await settle();
    expect(visible()).toBe('会谈');
  });

  test('a pending mark does not survive an outside change of the text', async () => {
    const user = userEvent.setup();
    const { owner } = await renderEditor(richTextFromPlain('ab'));
    await placeCaret(box(), 0, 2);
    await user.keyboard('{Control>}b{/Control}');
    owner.setValue(richTextFromPlain('cd'));
    await settle();
    await user.keyboard('x');
    expect(owner.emitted.at(-1)).toEqual(richTextFromPlain('cdx'));
  });
});
