import { describe, expect, it } from 'vitest';
import { newBriefing } from '../../../../core/model/index.ts';
import { DocumentStore } from '../documentStore.ts';

function savedStore(): DocumentStore {
  const store = new DocumentStore();
  store.load({ briefing: newBriefing('cn-work-briefing', 'zh-CN', { title: '标题', summary: '总结' }), media: new Map() }, { saved: true, path: '/tmp/a.briefing', recoveryKey: 'r-1' });
  return store;
}
const retitle = (store: DocumentStore, title: string) => store.update((b) => ({ ...b, meta: { ...b.meta, title } }), 'meta.title');

describe('unsaved changes are changes', () => {
  it('typing a character and deleting it again leaves the document saved', () => {
    const store = savedStore();
    retitle(store, '标题x');
    expect(store.dirty).toBe(true);
    retitle(store, '标题');
    expect(store.dirty).toBe(false);
  });

  it('a field set back by hand after other edits is saved again only when everything is back', () => {
    const store = savedStore();
    retitle(store, '新');
    store.update((b) => ({ ...b, meta: { ...b.meta, location: '深圳' } }), 'meta.location');
    retitle(store, '标题');
    expect(store.dirty).toBe(true);
    store.update((b) => {
      const { location: _, ...meta } = b.meta;
      return { ...b, meta };
    }, 'meta.location');
    expect(store.dirty).toBe(false);
    // And undo still goes back through the edits.
    store.undo();
    expect(store.dirty).toBe(true);
  });
});
