import { act, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import type { RichText } from '../../../../../core/model/index.ts';
import { sampleDocument } from '../../../../../tests/fixtures/briefings.ts';
import { renderWithStore, type Harness } from '../../../sections/__tests__/harness.tsx';
import { NavigationProvider } from '../../editor/navigation.tsx';
import { AppearanceContext } from '../../locale/appearance.tsx';
import { CheckingProvider } from '../checking.tsx';
import { ProblemsDrawer } from '../ProblemsDrawer.tsx';
import { ProblemsStatus } from '../ProblemsStatus.tsx';
import { MetaForm } from '../../../sections/MetaForm.tsx';

// The checker waits 400 ms after the last edit (jsdom has no requestIdleCallback, so it then runs at once).
const afterIdle = () => act(() => new Promise((r) => setTimeout(r, 500)));

// Two half-width commas in one paragraph, the second in bold: the fix keeps the bold on its text.
const BODY: RichText = [{ type: 'paragraph', children: [{ text: '今天,开会。' }, { text: '明天,出发', bold: true }] }];

function setBody(h: Harness, body: RichText) {
  act(() => h.store.update((b) => ({ ...b, sections: b.sections.map((s) => (s.type === 'text' ? { ...s, body } : s)) })));
}
const body = (h: Harness) => h.briefing().sections.find((s) => s.type === 'text')?.body;

async function renderPanel() {
  localStorage.clear();
  const h = await renderWithStore(sampleDocument('zh-CN'), () => (
    <AppearanceContext.Provider value={{ language: 'zh-CN', dark: false }}>
      <NavigationProvider>
        <CheckingProvider>
          <ProblemsStatus />
          <ProblemsDrawer template={undefined} />
        </CheckingProvider>
      </NavigationProvider>
    </AppearanceContext.Provider>
  ));
  setBody(h, BODY);
  await afterIdle();
  fireEvent.click(screen.getByTestId('status-problems'));
  return h;
}

const halfWidth = () => document.querySelectorAll('[data-testid="problem"][data-rule="punct-halfwidth"]');

describe('the Problems panel', () => {
  test('counts by severity in the status bar and lists the findings under their section, in Chinese', async () => {
    await renderPanel();
    const status = screen.getByTestId('status-problems');
    expect(Number(status.dataset.warnings)).toBeGreaterThanOrEqual(2);
    expect(status.textContent).toMatch(/\d+ 个错误，\d+ 个警告，\d+ 个提示/);
    expect(halfWidth()).toHaveLength(2);
    const entry = halfWidth()[0] as HTMLElement;
    expect(entry.dataset.path).toMatch(/^sections\[\d+\]\.body\[0\]$/);
    expect(within(entry).getByTestId('problem-goto').textContent).toMatch(/[\u4e00-\u9fff]/);
    // antd may space out a two-character button label (修 正); the words are what matter.
    const label = (id: string) => within(entry).getByTestId(id).textContent?.replace(/\s/g, '');
    expect(within(entry).getByText('警告')).toBeTruthy();
    expect(label('problem-fix')).toBe('修正');
    expect(label('problem-fix-all')).toBe('全部修正此类（2处）');
    expect(label('problem-disable')).toBe('对本简报关闭此规则');
    // Grouped by section: the entry sits under a heading naming its section.
    const group = entry.closest('[data-testid="problems-group"]');
    expect(group?.getAttribute('aria-label')).toBeTruthy();
  });

  test('Fix corrects one finding as one undo step, keeping marks', async () => {
    const h = await renderPanel();
    fireEvent.click(within(halfWidth()[1] as HTMLElement).getByTestId('problem-fix'));
    expect(body(h)).toEqual([{ type: 'paragraph', children: [{ text: '今天,开会。' }, { text: '明天，出发', bold: true }] }]);
    await afterIdle();
    expect(halfWidth()).toHaveLength(1);
    act(() => h.store.undo());
    expect(body(h)).toEqual(BODY);
  });

  test('Fix all of this kind applies every fix of the rule as one undo step', async () => {
    const h = await renderPanel();
    fireEvent.click(within(halfWidth()[0] as HTMLElement).getByTestId('problem-fix-all'));
    expect(body(h)).toEqual([{ type: 'paragraph', children: [{ text: '今天，开会。' }, { text: '明天，出发', bold: true }] }]);
    await afterIdle();
    expect(halfWidth()).toHaveLength(0);
    act(() => h.store.undo());
    expect(body(h)).toEqual(BODY);
  });

  test('a rule switched off for this briefing stops being reported, and can be switched back on', async () => {
    await renderPanel();
    fireEvent.click(within(halfWidth()[0] as HTMLElement).getByTestId('problem-disable'));
    await afterIdle();
    expect(halfWidth()).toHaveLength(0);
    expect(JSON.parse(localStorage.getItem('bc.check.disabledRules:test') ?? '[]')).toEqual(['punct-halfwidth']);
    fireEvent.click(screen.getByTestId('problems-enable-all'));
    await afterIdle();
    expect(halfWidth()).toHaveLength(2);
  });

  test('a plain field with a finding is outlined in its severity colour', async () => {
    localStorage.clear();
    const h = await renderWithStore(sampleDocument('zh-CN'), () => (
      <CheckingProvider>
        <MetaForm />
      </CheckingProvider>
    ));
    act(() => h.store.update((b) => ({ ...b, meta: { ...b.meta, title: '关于调研的报告。' } })));
    await afterIdle();
    const title = document.getElementById('meta-title');
    expect(title?.dataset.check).toBe('warning');
    expect(title?.closest('.ant-input-status-warning')).toBeTruthy();
  });
});
