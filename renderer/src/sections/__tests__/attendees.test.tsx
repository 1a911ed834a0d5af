import { act, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { sampleDocument } from '../../../../tests/fixtures/briefings.ts';
import type { BriefingDocument } from '../../../../core/model/index.ts';
import { AttendeesEditor } from '../attendees/AttendeesEditor.tsx';
import { removeAttendee } from '../model/attendees.ts';
import { renderWithStore } from './harness.tsx';

function withoutAttendees(): BriefingDocument {
  const doc = sampleDocument('zh-CN');
  const briefing = doc.briefing.attendees.reduce((b, a) => removeAttendee(b, a.id), doc.briefing);
  return { ...doc, briefing };
}

const section = { id: 's-att', type: 'attendees' } as const;
const paste = (target: Element, text: string) =>
  fireEvent.paste(target, { clipboardData: { getData: (type: string) => (type === 'text/plain' ? text : '') } });

describe('attendee table', () => {
  test('three rows pasted from Excel become three attendees, in order, with groups and leader', async () => {
    const h = await renderWithStore(withoutAttendees(), () => <AttendeesEditor section={section} />);
    const excel = '李文华\t市人大常委会副主任\t市人大\t调研组\t是\r\n王建国\t局长\t市工信局\t陪同\t\r\n陈总\t董事长\t星河公司\t接待方\t\r\n';
    paste(screen.getByTestId('attendees-table'), excel);
    expect(h.briefing().attendees.map((a) => [a.name, a.title, a.organisation, a.group, a.leader])).toEqual([
      ['李文华', '市人大常委会副主任', '市人大', 'delegation', true],
      ['王建国', '局长', '市工信局', 'accompanying', false],
      ['陈总', '董事长', '星河公司', 'host', false],
    ]);
    expect(new Set(h.briefing().attendees.map((a) => a.id)).size).toBe(3);
    const rows = await screen.findAllByTestId('attendee-row');
    const names = rows.map((row, i) => within(row).getByLabelText<HTMLInputElement>(`姓名（第 ${i + 1} 行）`).value);
    expect(names).toEqual(['李文华', '王建国', '陈总']);
    // One paste is one undo step.
    act(() => h.store.undo());
    expect(h.briefing().attendees).toEqual([]);
  });

  test('pasting into a focused cell fills from that row and column down', async () => {
    const h = await renderWithStore(sampleDocument('zh-CN'), () => <AttendeesEditor section={section} />);
    const titleOfRow2 = screen.getByLabelText('职务（第 2 行）');
    paste(titleOfRow2, '顾问\t市政府\r\n研究员\t研究室\r\n');
    const people = h.briefing().attendees;
    expect(people.map((a) => [a.name, a.title, a.organisation])).toEqual([
      ['李文华', '市人大常委会副主任', undefined],
      ['王建国', '顾问', '市政府'],
      ['陈思雨', '研究员', '研究室'],
      ['赵明亮', '公司董事长', undefined],
    ]);
  });

  test('a single pasted value goes into the input as usual, not into new rows', async () => {
    const h = await renderWithStore(sampleDocument('zh-CN'), () => <AttendeesEditor section={section} />);
    const event = paste(screen.getByLabelText('姓名（第 1 行）'), '张三\r\n');
    expect(event).toBe(true); // not prevented: the browser pastes into the input
    expect(h.briefing().attendees).toHaveLength(4);
  });

  test('the "Paste rows" dialog appends what is pasted into its box', async () => {
    const h = await renderWithStore(withoutAttendees(), () => <AttendeesEditor section={section} />);
    fireEvent.click(screen.getByTestId('attendee-paste-rows'));
    fireEvent.change(await screen.findByTestId('paste-rows-box'), { target: { value: '姓名\t职务\nAlice\tDirector\nBob\tAdviser\n' } });
    expect(screen.getByText('识别到 2 人')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '添加 2 人' }));
    expect(h.briefing().attendees.map((a) => a.name)).toEqual(['Alice', 'Bob']);
  });

  test('typing edits a cell; add and remove rows; removing a speaker keeps their remark by name', async () => {
    const h = await renderWithStore(sampleDocument('zh-CN'), () => <AttendeesEditor section={section} />);
    fireEvent.change(screen.getByLabelText('单位（第 1 行）'), { target: { value: '市人大常委会' } });
    expect(h.briefing().attendees[0]?.organisation).toBe('市人大常委会');
    fireEvent.click(screen.getByTestId('attendee-add'));
    expect(h.briefing().attendees).toHaveLength(5);
    expect(document.activeElement).toBe(screen.getByLabelText('姓名（第 5 行）'));
    fireEvent.click(screen.getByRole('button', { name: '删除第 1 行 李文华' }));
    expect(h.briefing().attendees.map((a) => a.name)).not.toContain('李文华');
    const remarks = h.briefing().sections.find((s) => s.type === 'remarks');
    expect(remarks?.type === 'remarks' && remarks.remarks[1]?.speaker).toEqual({ name: '李文华' });
  });
});

describe('attendee reordering (protocol order)', () => {
  afterEach(() => vi.restoreAllMocks());

  test('keyboard: Space lifts row 1, ArrowDown moves it, Space drops it below row 2', async () => {
    // jsdom lays nothing out: give each table row a 40 px box by its position so dnd-kit can measure.
    vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
      const row = this.closest('tr[data-row-key]');
      const index = row ? [...row.parentElement!.children].indexOf(row) : 0;
      return DOMRect.fromRect({ x: 0, y: index * 40, width: 600, height: row ? 40 : 0 });
    });
    const h = await renderWithStore(sampleDocument('zh-CN'), () => <AttendeesEditor section={section} />);
    const handle = screen.getByRole('button', { name: '拖动以排序：第 1 行 李文华' });
    const tick = () => act(() => new Promise((r) => setTimeout(r, 0)));
    handle.focus();
    fireEvent.keyDown(handle, { code: 'Space', key: ' ' });
    await tick();
    fireEvent.keyDown(document, { code: 'ArrowDown', key: 'ArrowDown' });
    await tick();
    fireEvent.keyDown(document, { code: 'Space', key: ' ' });
    await tick();
    expect(h.briefing().attendees.map((a) => a.name)).toEqual(['王建国', '李文华', '陈思雨', '赵明亮']);
  });
});
