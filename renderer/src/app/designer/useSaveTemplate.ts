import { App } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { TemplateSaveOutcome } from '../../../../core/ipc/contract.ts';
import { useServices } from '../../state/context.tsx';
import { forgetTemplate } from '../templates/templateCache.ts';
import type { Draft } from './draft.ts';

/**
 * Saves the draft to the chosen folder. A conflict (a template with this id already there, or saved by someone
 * else since it was opened) is put to the user before anything is replaced. Resolves to the saved draft's new
 * editing state, or undefined when nothing was saved.
 */
export function useSaveTemplate() {
  const { api } = useServices();
  const { t } = useTranslation('designer');
  const { modal, message } = App.useApp();
  return useCallback(
    async (draft: Draft, target: 'user' | 'shared'): Promise<Draft['editing'] | undefined> => {
      const expectedVersion = draft.editing?.source === target ? draft.editing.version : undefined;
      const send = (overwrite: boolean): Promise<TemplateSaveOutcome> =>
        api['templates:save']({
          manifest: draft.manifest,
          assets: Object.fromEntries(draft.assets),
          target,
          overwrite,
          ...(expectedVersion ? { expectedVersion } : {}),
        });
      let outcome = await send(false);
      if (!outcome.ok && 'conflict' in outcome) {
        const kind = outcome.conflict;
        const replace = await modal.confirm({
          title: t(`conflict.${kind}.title`),
          content: t(`conflict.${kind}.body`, { id: String(draft.manifest.id) }),
          okText: t('conflict.replace'),
          cancelText: t('conflict.cancel'),
          okButtonProps: { danger: true },
        });
        if (!replace) return undefined;
        outcome = await send(true);
      }
      if (!outcome.ok) {
        if ('error' in outcome) void message.error(t('saveFailed', { error: outcome.error }));
        return undefined;
      }
      forgetTemplate(api, outcome.id);
      void message.success(t('saved', { dir: outcome.dir }));
      return { source: target, version: outcome.version };
    },
    [api, t, modal, message],
  );
}
