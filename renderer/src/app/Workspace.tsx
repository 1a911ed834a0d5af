import { App as AntApp } from 'antd';
import { useCallback, useMemo, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommandContext, ExportFormat } from '../commands/types.ts';
import { useCommandRuntime } from '../commands/useCommandRuntime.ts';
import { printDocument } from '../preview/printDocument.ts';
import { useServices } from '../state/context.tsx';
import { EditorLayout } from './editor/EditorLayout.tsx';
import { Toolbar } from './editor/Toolbar.tsx';
import { ExportDialog } from './export/ExportDialog.tsx';
import { useAutosave } from './files/useAutosave.ts';
import { useFileActions } from './files/useFileActions.ts';
import { useBeforeUnload, useWindowState } from './files/useWindowState.ts';
import { useHostOpenFile } from './files/useHostOpenFile.ts';
import { useAppearance } from './locale/appearance.tsx';
import { useTemplate } from './templates/useTemplate.ts';
import { Welcome } from './welcome/Welcome.tsx';

/** The welcome view or the editor, with the commands, autosave and window state that serve both. */
export function Workspace() {
  const { store, api } = useServices();
  const { t } = useTranslation('app');
  const { message } = AntApp.useApp();
  const state = useSyncExternalStore(store.subscribe, () => store.snapshot);
  const dirty = state !== undefined && state.history.present !== state.saved;
  const files = useFileActions();
  const template = useTemplate(state?.history.present.briefing.meta.templateId);
  const [previewVisible, setPreviewVisible] = useState(true);
  const [exporting, setExporting] = useState<readonly ExportFormat[]>();

  const onError = useCallback((error: unknown) => void message.error(error instanceof Error ? error.message : String(error)), [message]);
  const onRecoveryError = useCallback((error: string) => void message.warning(t('files.recoveryFailed', { error })), [message, t]);
  useAutosave(store, api, onRecoveryError);
  useWindowState(store, api, { app: t('welcome.title'), untitled: t('newBriefing.title') });
  useBeforeUnload(store);
  useHostOpenFile(api, files, useAppearance().launchFile);

  const ready = template.status === 'ready' ? template.template : undefined;
  const closeExport = useCallback(() => setExporting(undefined), []);
  const ctx: CommandContext = useMemo(
    () => ({
      store,
      hasDocument: state !== undefined,
      canUndo: (state?.history.past.length ?? 0) > 0,
      canRedo: (state?.history.future.length ?? 0) > 0,
      previewVisible,
      files,
      ui: {
        togglePreview: () => setPreviewVisible((v) => !v),
        openExport: (formats) => setExporting(formats),
        print: () => {
          const doc = store.document;
          if (doc && ready) printDocument(doc, ready);
        },
      },
    }),
    [store, state, previewVisible, files, ready],
  );
  const run = useCommandRuntime(api, ctx, onError);

  if (!state) return <Welcome files={files} />;
  return (
    <>
      <EditorLayout
        state={state}
        dirty={dirty}
        template={template}
        previewVisible={previewVisible}
        toolbar={<Toolbar ctx={ctx} run={run} />}
      />
      <ExportDialog formats={exporting} template={ready} onClose={closeExport} />
    </>
  );
}
