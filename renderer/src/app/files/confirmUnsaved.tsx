import { Button, type App } from 'antd';
import type { TFunction } from 'i18next';

type ModalApi = ReturnType<typeof App.useApp>['modal'];
export type UnsavedChoice = 'save' | 'discard' | 'cancel';

/** Before the open briefing is replaced: save it, throw the changes away, or stay. */
export function confirmUnsaved(modal: ModalApi, t: TFunction<'app'>, title: string): Promise<UnsavedChoice> {
  return new Promise((resolve) => {
    let settled = false;
    const finish = (choice: UnsavedChoice) => {
      if (settled) return;
      settled = true;
      instance.destroy();
      resolve(choice);
    };
    const instance = modal.confirm({
      title: t('unsaved.title'),
      content: t('unsaved.body', { title }),
      okText: t('unsaved.save'),
      cancelText: t('unsaved.cancel'),
      onOk: () => finish('save'),
      onCancel: () => finish('cancel'),
      afterClose: () => finish('cancel'),
      footer: (_, { OkBtn, CancelBtn }) => (
        <>
          <Button danger onClick={() => finish('discard')} data-testid="unsaved-discard">
            {t('unsaved.discard')}
          </Button>
          <CancelBtn />
          <OkBtn />
        </>
      ),
    });
  });
}
