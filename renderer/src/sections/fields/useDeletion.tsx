import { App, Button } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../state/context.tsx';

let notices = 0;

/**
 * Deletes as a Word user expects to be able to take back: the row, site, remark, photo or line goes at once, and
 * a message says so with an Undo right there ("已删除 · 撤销"), which undoes that very deletion as long as nothing
 * was edited since (after that, Ctrl+Z still walks back through the history).
 */
export function useDeletion(): (remove: () => void) => void {
  const { store } = useServices();
  const { message } = App.useApp();
  const { t } = useTranslation('sections');
  return useCallback(
    (remove: () => void) => {
      const before = store.document;
      remove();
      const after = store.document;
      if (after === before) return;
      const key = `deleted-${++notices}`;
      const undo = () => {
        if (store.document === after) store.undo();
        message.destroy(key);
      };
      void message.open({
        key,
        type: 'info',
        duration: 8,
        content: (
          <span data-testid="deleted-notice">
            {t('deleted')}
            {' · '}
            <Button type="link" size="small" onClick={undo} data-testid="deleted-undo" style={{ padding: 0, height: 'auto' }}>
              {t('deletedUndo')}
            </Button>
          </span>
        ),
      });
    },
    [store, message, t],
  );
}
