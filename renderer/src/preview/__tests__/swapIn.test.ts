import { describe, expect, it } from 'vitest';
import { swapIn, type SwapState } from '../frame/swapIn.ts';

const page = (title: string, blocks: string[], style = 'p { color: black }') =>
  `<!doctype html><html lang="zh-CN"><head><title>${title}</title><style>${style}</style></head><body class="bc">${blocks.join('\n')}</body></html>`;
const blocks = (n: number) => Array.from({ length: n }, (_, i) => `<p data-bc-path="sections[${i}]">第${i + 1}段</p>`);

function frame(html: string): { doc: Document; state: SwapState } {
  const doc = document.implementation.createHTMLDocument('');
  return { doc, state: swapIn(doc, html, undefined).state };
}

describe('the preview frame takes a refresh', () => {
  it('replaces only the changed blocks, keeps the others as they are, and ends with exactly the new body', () => {
    const { doc, state } = frame(page('简报', blocks(6)));
    const kept = [...doc.body.children];
    const next = blocks(6);
    next[3] = '<p data-bc-path="sections[3]">第4段，改了</p>';
    next.splice(5, 0, '<h2>新增</h2>');
    const result = swapIn(doc, page('简报', next), state);
    expect(result.full).toBe(false);
    // The run between the unchanged start and end: 4th (changed), 5th (same, inside the run) and the new one.
    expect(result.replaced).toBe(3);
    expect([...doc.body.children].map((el) => el.outerHTML)).toEqual(next);
    const now = [...doc.body.children];
    for (const i of [0, 1, 2]) expect(now[i]).toBe(kept[i]);
    expect(now[6]).toBe(kept[5]);
    expect(now[3]).not.toBe(kept[3]);
  });

  it('follows a removal at the end and at the start', () => {
    const { doc, state } = frame(page('简报', blocks(4)));
    const fewer = blocks(4).slice(1, 3);
    const result = swapIn(doc, page('简报', fewer), state);
    expect([...doc.body.children].map((el) => el.outerHTML)).toEqual(fewer);
    swapIn(doc, page('简报', blocks(4)), result.state);
    expect([...doc.body.children].map((el) => el.outerHTML)).toEqual(blocks(4));
  });

  it('a new title updates the frame title without a full swap; a new style sheet swaps everything', () => {
    const { doc, state } = frame(page('旧标题', blocks(3)));
    const titled = swapIn(doc, page('新标题', blocks(3)), state);
    expect(titled.full).toBe(false);
    expect(titled.replaced).toBe(0);
    expect(doc.title).toBe('新标题');
    const restyled = swapIn(doc, page('新标题', blocks(3), 'p { color: red }'), titled.state);
    expect(restyled.full).toBe(true);
    expect(doc.head.innerHTML).toContain('color: red');
    expect(doc.documentElement.getAttribute('lang')).toBe('zh-CN');
  });

  it('drops scripts and policy metas from the refresh', () => {
    const hostile = page('x', ['<p>a</p>', '<script>parent.alert(1)</script>']).replace('<head>', '<head><meta http-equiv="Content-Security-Policy" content="default-src *">');
    const { doc } = frame(hostile);
    expect(doc.querySelector('script, meta[http-equiv]')).toBeNull();
  });

  it('a frame whose body was changed behind its back (block count differs) is swapped whole', () => {
    const { doc, state } = frame(page('x', blocks(3)));
    doc.body.append(doc.createElement('div'));
    const result = swapIn(doc, page('x', blocks(3)), state);
    expect(result.full).toBe(true);
    expect(doc.body.children.length).toBe(3);
  });
});
