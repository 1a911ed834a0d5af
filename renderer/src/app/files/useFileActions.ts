import { App } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TemplateSummary } from '../../../../core/ipc/contract.ts';
import { useServices } from '../../state/context.tsx';
import { confirmUnsaved } from './confirmUnsaved.tsx';
import type { Briefing } from '../../../../core/model/index.ts';
import { newRecoveryKey, openDocument, restoreRecovered, saveDocument, startNew, type ActionResult } from './documentActions.ts';

export interface FileActions {
  /** Back to the welcome view (templates), after asking about unsaved changes. */
  newDocument(): Promise<void>;
  fromTemplate(template: Pick<TemplateSummary, 'id' | 'language'>): Promise<void>;
  open(path?: string): Promise<void>;
  save(saveAs: boolean): Promise<void>;
  restore(key: string): Promise<void>;
  /**
   * Replaces the open briefing with the one `make` gives (New issue), after asking about unsaved changes first, so
   * a number is never taken for an issue the user then abandons at that question. False when nothing was started.
   */
  startWith(make: () => Promise<Briefing | undefined>): Promise<boolean>;
}

/** File commands with their dialogs and messages: the UI face of documentActions. */
export function useFileActions(): FileActions {
  const { api, store } = useServices();
  const { modal, message } = App.useApp();
  const { t, i18n } = useTranslation('app');

  return useMemo(() => {
    const report = (result: ActionResult, success?: string) => {
      if (result.status === 'failed') void message.error({ content: result.error, duration: 8 });
      else if (result.status === 'done' && success) void message.success(success);
      return result.status === 'done';
    };
    const save = async (saveAs: boolean) => report(await saveDocument(api, store, saveAs), t('files.saved'));
    /** True when the open briefing may be replaced. */
    const mayReplace = async () => {
      if (!store.dirty) return true;
      const title = store.document?.briefing.meta.title ?? '';
      const choice = await confirmUnsaved(modal, t, title);
      if (choice === 'save') return save(false);
      if (choice === 'discard') {
        const key = store.snapshot?.recoveryKey;
        if (key) await api['recovery:discard']({ key }).catch(() => undefined);
        return true;
      }
      return false;
    };
    return {
      newDocument: async () => {
        if (store.document && (await mayReplace())) store.close();
      },
      fromTemplate: async (template) => {
        if (!(await mayReplace())) return;
        // The new briefing's own words are in its language, whatever the UI speaks. Its title starts empty, with a
        // placeholder: a title that says 未命名简报 is text the user must first notice and delete.
        const fixed = i18n.getFixedT(template.language, 'app');
        startNew(store, template, { title: '', summary: fixed('newBriefing.summary') });
      },
      open: async (path) => {
        if (await mayReplace()) report(await openDocument(api, store, path));
      },
      save: async (saveAs) => {
        await save(saveAs);
      },
      restore: async (key) => {
        if (await mayReplace()) report(await restoreRecovered(api, store, key));
      },
      startWith: async (make) => {
        if (!(await mayReplace())) return false;
        const briefing = await make();
        if (!briefing) return false;
        store.load({ briefing, media: new Map() }, { saved: false, recoveryKey: newRecoveryKey() });
        return true;
      },
    };
  }, [api, store, modal, message, t, i18n]);
}
