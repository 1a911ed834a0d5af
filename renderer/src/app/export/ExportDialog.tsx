import { Alert, Checkbox, Form, Modal, Select } from 'antd';
import { memo, useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PageSizeName, Template } from '../../../../core/template/index.ts';
import type { ExportFormat } from '../../commands/types.ts';
import { useServices } from '../../state/context.tsx';
import { useNavigation } from '../editor/navigation.tsx';
import { ExportFailed } from './ExportFailed.tsx';
import { ExportProblems } from './ExportProblems.tsx';
import { ExportProgressList } from './ExportProgressList.tsx';
import { exportProblems, type ExportProblem } from './exportProblems.ts';
import { ExportResult } from './ExportResult.tsx';
import { useExportRun } from './useExportRun.ts';

interface Props {
  /** The formats asked for (the menu item or toolbar button used); undefined when the dialog is closed. */
  formats: readonly ExportFormat[] | undefined;
  template: Template | undefined;
  onClose(): void;
}

/**
 * DOCX, PDF or both, on one of the template's paper sizes; each step while the host works, with Cancel; then
 * what came out (or "Cancelled": a canceled export writes nothing).
 * It exports the document as it is when Export is pressed (read from the store then), so typing elsewhere does
 * not re-render it.
 */
export const ExportDialog = memo(function ExportDialog({ formats: asked, template, onClose }: Props) {
  const { t } = useTranslation('app');
  const { t: tp } = useTranslation('polish');
  const { api, store } = useServices();
  const { state, run, cancel, reset } = useExportRun(api);
  const [formats, setFormats] = useState<ExportFormat[]>([]);
  const page = template?.manifest.page;
  const sizes: PageSizeName[] = page ? [...new Set([page.size, ...page.sizeChoices])] : [];
  const [pageSize, setPageSize] = useState<PageSizeName | undefined>();
  const navigation = useNavigation();
  // Checked when the dialog opens and again at Export, before the host asks where to save.
  const [problems, setProblems] = useState<readonly ExportProblem[]>([]);
  const [goingTo, setGoingTo] = useState<ExportProblem>();
  const { showProblems } = navigation;
  const check = useCallback(() => {
    const found = store.document ? exportProblems(store.document.briefing) : [];
    setProblems(found);
    if (found.length > 0) showProblems();
    return found.length === 0;
  }, [store, showProblems]);

  useEffect(() => {
    if (!asked) return;
    setFormats([...asked]);
    setPageSize(undefined);
    setGoingTo(undefined);
    reset();
    check();
  }, [asked, reset, check]);

  const running = state.status === 'running';
  const done = state.status === 'done';
  const okProps = { disabled: formats.length === 0 || problems.length > 0, loading: running, 'data-testid': 'export-run' };
  const cancelProps = {
    style: done ? { display: 'none' } : undefined,
    disabled: running && state.canceling,
    'data-testid': running ? 'export-cancel' : 'export-close',
  };
  const language = store.document?.briefing.meta.language ?? 'zh-CN';
  return (
    <Modal
      open={asked !== undefined}
      title={t('export.title')}
      okText={done ? t('export.close') : t('export.run')}
      // While the host works, the dialog's Cancel stops the export instead of closing the dialog.
      cancelText={running ? tp(state.canceling ? 'export.canceling' : 'export.cancel') : undefined}
      cancelButtonProps={cancelProps}
      okButtonProps={okProps}
      onOk={() => {
        if (done) onClose();
        else if (store.document && check()) void run(store.document, formats, pageSize);
      }}
      onCancel={() => (running ? cancel() : onClose())}
      mask={{ closable: !running }}
      closable={!running}
      destroyOnHidden
      // Going to a field: the focus goes there, not back to the button that opened the dialog.
      focusable={{ focusTriggerAfterClose: !goingTo }}
      afterClose={() => goingTo && navigation.reveal(goingTo.target, goingTo.fieldId)}
    >
      <Form layout="vertical" component="div">
        <Form.Item label={t('export.formats')} help={formats.length === 0 ? t('export.noFormat') : undefined}>
          <Checkbox.Group
            value={formats}
            disabled={running}
            options={[
              { value: 'docx', label: 'DOCX (Word/WPS)' },
              { value: 'pdf', label: 'PDF' },
            ]}
            onChange={(values) => setFormats(values.filter((v): v is ExportFormat => v === 'docx' || v === 'pdf'))}
          />
        </Form.Item>
        {sizes.length > 1 && (
          <Form.Item label={t('export.pageSize')} htmlFor="export-page-size">
            <Select
              id="export-page-size"
              value={pageSize ?? sizes[0]}
              disabled={running}
              options={sizes.map((size) => ({ value: size, label: size }))}
              onChange={(value: PageSizeName) => setPageSize(value)}
              style={{ width: 160 }}
            />
          </Form.Item>
        )}
      </Form>
      {problems.length > 0 && (
        <ExportProblems
          problems={problems}
          template={template}
          language={language}
          onGoTo={(problem) => {
            setGoingTo(problem);
            onClose();
          }}
        />
      )}
      {running && (
        <div data-testid="export-running" role="status" aria-live="polite">
          <p>{t('export.running')}</p>
          <ExportProgressList plan={state.plan} reached={state.reached} finished={false} />
        </div>
      )}
      {state.status === 'done' && (
        <>
          <ExportProgressList plan={state.plan} reached={state.reached} finished />
          <ExportResult files={state.files} />
        </>
      )}
      {state.status === 'canceled' && (
        <Alert type="info" showIcon title={tp('export.canceled')} description={tp('export.canceledDetail')} data-testid="export-canceled" />
      )}
      {state.status === 'failed' && (
        <ExportFailed error={state.error} />
      )}
    </Modal>
  );
});
