import { act, fireEvent, screen } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { sampleDocument } from '../../../../tests/fixtures/briefings.ts';
import { MetaForm } from '../MetaForm.tsx';
import { renderWithStore } from './harness.tsx';

const input = (label: string) => screen.getByLabelText<HTMLInputElement>(label);
const settle = () => act(() => new Promise((r) => setTimeout(r, 0)));

describe('meta form', () => {
  test('shows the date in the UI language and stores typed dates and times as ISO and HH:mm', async () => {
    const h = await renderWithStore(sampleDocument('zh-CN'), () => <MetaForm />);
    expect(input('调研日期').value).toBe('2022年6月9日');
    const date = input('调研日期');
    fireEvent.mouseDown(date);
    fireEvent.focus(date);
    fireEvent.change(date, { target: { value: '2024-03-05' } });
    fireEvent.keyDown(date, { key: 'Enter', code: 'Enter' });
    await settle();
    expect(h.briefing().meta.visitDate).toBe('2024-03-05');
    expect(input('调研日期').value).toBe('2024年3月5日');

    const end = input('结束时间');
    fireEvent.mouseDown(end);
    fireEvent.focus(end);
    fireEvent.change(end, { target: { value: '09:05' } });
    fireEvent.keyDown(end, { key: 'Enter', code: 'Enter' });
    await settle();
    expect(h.briefing().meta.endTime).toBe('09:05');
    // 09:05 is before the 14:30 start: the form says so.
    expect(screen.getByText('结束时间早于开始时间')).toBeTruthy();
  });

  test('English UI shows English dates and labels', async () => {
    await renderWithStore(sampleDocument('en'), () => <MetaForm />, { language: 'en' });
    expect(input('Visit date').value).toBe('9 Jun 2022');
    expect(input('Organisation visited').value).toBe('Riverside Components Ltd.');
  });

  test('text fields write their field; emptied optional fields are removed; an empty title is flagged once left', async () => {
    const h = await renderWithStore(sampleDocument('zh-CN'), () => <MetaForm />);
    fireEvent.change(input('审核'), { target: { value: '李审核' } });
    fireEvent.change(input('地点'), { target: { value: '' } });
    expect(h.briefing().meta.reviewer).toBe('李审核');
    expect('location' in h.briefing().meta).toBe(false);
    fireEvent.change(input('标题'), { target: { value: '' } });
    expect(h.briefing().meta.title).toBe('');
    // Not while the user is still in it: only once they leave it blank.
    expect(input('标题').getAttribute('aria-invalid')).toBe('false');
    fireEvent.blur(input('标题'));
    expect(input('标题').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('必填')).toBeTruthy();
  });

  test('typing a burst in one field undoes as one step', async () => {
    const h = await renderWithStore(sampleDocument('zh-CN'), () => <MetaForm />);
    for (const value of ['第', '第十', '第十三']) fireEvent.change(input('期号'), { target: { value } });
    act(() => h.store.undo());
    expect(h.briefing().meta.issueNumber).toBe('12');
  });

  test.each(['chrome', 'firefox'] as const)(
    'IME composition (%s event order) stores the composed Chinese, never the pinyin',
    async (order) => {
      const h = await renderWithStore(sampleDocument('zh-CN'), () => <MetaForm />);
      const titles: string[] = [];
      h.store.subscribe(() => titles.push(h.briefing().meta.title));
      const title = input('标题');
      fireEvent.change(title, { target: { value: '调研' } });
      fireEvent.compositionStart(title, { data: '' });
      for (const pinyin of ['调研z', '调研zhi', '调研zhineng']) {
        fireEvent.compositionUpdate(title, { data: pinyin.slice(2) });
        fireEvent.change(title, { target: { value: pinyin } });
        // The half-typed pinyin stays on screen, untouched by the controlled re-render.
        expect(title.value).toBe(pinyin);
      }
      expect(h.briefing().meta.title).toBe('调研');
      if (order === 'chrome') {
        fireEvent.change(title, { target: { value: '调研智能' } });
        fireEvent.compositionEnd(title, { data: '智能' });
      } else {
        fireEvent.compositionEnd(title, { data: '智能', target: { value: '调研智能' } });
        fireEvent.change(title, { target: { value: '调研智能' } });
      }
      expect(h.briefing().meta.title).toBe('调研智能');
      expect(title.value).toBe('调研智能');
      expect(titles.some((t) => /[a-z]/.test(t))).toBe(false);
    },
  );
});
