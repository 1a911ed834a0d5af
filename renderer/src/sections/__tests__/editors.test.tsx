import { act, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { sampleDocument } from '../../../../tests/fixtures/briefings.ts';
import { SECTION_TYPES, type Briefing, type SectionOf, type SectionType } from '../../../../core/model/index.ts';
import { renderWithStore, SectionFromStore } from './harness.tsx';

const sectionOf = <T extends SectionType>(b: Briefing, type: T) => b.sections.find((s) => s.type === type) as SectionOf<T>;
const settle = () => act(() => new Promise((r) => setTimeout(r, 0)));

describe('section editors', () => {
  test.each(SECTION_TYPES)('the %s editor shows the sample section', async (type) => {
    await renderWithStore(sampleDocument('zh-CN'), () => <SectionFromStore type={type} />);
    const testId = { followUps: 'followups-editor', text: 'text-editor' }[type as string] ?? `${type}-editor`;
    expect(screen.getByTestId(testId)).toBeTruthy();
  });

  test('sites: add a site, name it, attach an existing photo, remove the first', async () => {
    const h = await renderWithStore(sampleDocument('zh-CN'), () => <SectionFromStore type="sites" />);
    fireEvent.click(screen.getByTestId('site-add'));
    const cards = screen.getAllByTestId('site-card');
    expect(cards).toHaveLength(2);
    fireEvent.change(within(cards[1]!).getByLabelText('名称'), { target: { value: '研发中心' } });
    const photos = within(cards[1]!).getByRole('combobox', { name: '研发中心 的照片' });
    fireEvent.mouseDown(photos);
    fireEvent.click(await screen.findByText('座谈会现场', { selector: '.ant-select-item-option-content' }));
    fireEvent.click(screen.getByRole('button', { name: '删除调研点 1' }));
    expect(sectionOf(h.briefing(), 'sites').sites.map((s) => [s.name, s.photoIds])).toEqual([['研发中心', ['p2']]]);
  });

  test('remarks: pick a speaker from the attendees, or type a free name', async () => {
    const h = await renderWithStore(sampleDocument('zh-CN'), () => <SectionFromStore type="remarks" />);
    const speaker = screen.getAllByRole('combobox')[0]!;
    fireEvent.change(speaker, { target: { value: '周主任' } });
    expect(sectionOf(h.briefing(), 'remarks').remarks[0]?.speaker).toEqual({ name: '周主任' });
    fireEvent.change(speaker, { target: { value: '王' } });
    fireEvent.click(await screen.findByText('王建国 · 市工信局局长'));
    expect(sectionOf(h.briefing(), 'remarks').remarks[0]?.speaker).toEqual({ attendeeId: 'a2' });
    fireEvent.change(screen.getByLabelText('身份', { selector: '#remark-r1-role' }), { target: { value: '主持人' } });
    expect(sectionOf(h.briefing(), 'remarks').remarks[0]?.role).toBe('主持人');
  });

  test('text: the heading is required and written through', async () => {
    const h = await renderWithStore(sampleDocument('zh-CN'), () => <SectionFromStore type="text" />);
    fireEvent.change(screen.getByLabelText('标题'), { target: { value: '几点建议' } });
    expect(sectionOf(h.briefing(), 'text').heading).toBe('几点建议');
    fireEvent.change(screen.getByLabelText('标题'), { target: { value: ' ' } });
    expect(screen.getByText('必填')).toBeTruthy();
  });

  test('follow-ups: add a row, fill action and owner, pick a due date stored as ISO', async () => {
    const h = await renderWithStore(sampleDocument('zh-CN'), () => <SectionFromStore type="followUps" />);
    fireEvent.click(screen.getByTestId('followup-add'));
    fireEvent.change(screen.getByLabelText('事项（第 2 行）'), { target: { value: '形成专题报告' } });
    fireEvent.change(screen.getByLabelText('责任单位（第 2 行）'), { target: { value: '研究室' } });
    const due = screen.getByLabelText('完成时限（第 2 行）');
    fireEvent.mouseDown(due);
    fireEvent.focus(due);
    fireEvent.change(due, { target: { value: '2022/8/1' } });
    fireEvent.keyDown(due, { key: 'Enter', code: 'Enter' });
    await settle();
    expect(sectionOf(h.briefing(), 'followUps').items[1]).toMatchObject({ action: '形成专题报告', owner: '研究室', due: '2022-08-01' });
  });

  test('distribution: add a 送 line, set copies and print date', async () => {
    const h = await renderWithStore(sampleDocument('zh-CN'), () => <SectionFromStore type="distribution" />);
    fireEvent.click(screen.getByTestId('distribution-add-line'));
    fireEvent.change(screen.getByLabelText('第 2 行 分送单位'), { target: { value: '市政协办公室' } });
    fireEvent.change(screen.getByLabelText('份数'), { target: { value: '35' } });
    fireEvent.blur(screen.getByLabelText('份数'));
    const s = sectionOf(h.briefing(), 'distribution');
    expect(s.lines).toEqual([
      { kind: 'report', recipients: '市委办公室，市政府办公室' },
      { kind: 'send', recipients: '市政协办公室' },
    ]);
    expect(s.copies).toBe(35);
  });
});
