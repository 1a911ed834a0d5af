import { App as AntApp } from 'antd';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommandContext, ExportFormat } from '../commands/types.ts';
import { useCommandRuntime } from '../commands/useCommandRuntime.ts';
import { printDocument } from '../preview/printDocument.ts';
import { useDocumentSelector, useServices } from '../state/context.tsx';
import type { DocumentState } from '../state/documentStore.ts';
import { EditorLayout } from './editor/EditorLayout.tsx';
import { NavigationProvider } from './editor/navigation.tsx';
import { CheckingProvider } from './check/checking.tsx';
import { Toolbar } from './editor/Toolbar.tsx';
import { ExportDialog } from './export/ExportDialog.tsx';
import { useAutosave } from './files/useAutosave.ts';
import { useFileActions } from './files/useFileActions.ts';
import { useBeforeUnload, useWindowState } from './files/useWindowState.ts';
import { useHostOpenFile } from './files/useHostOpenFile.ts';
import { useAppearance } from './locale/appearance.tsx';
import { useTemplate } from './templates/useTemplate.ts';
import { Welcome } from './welcome/Welcome.tsx';
import { FindPanel, type FindControl } from './find/FindPanel.tsx';
import { PeopleProvider } from './people/PeopleDirectory.tsx';
import { NewIssueDialog } from './series/NewIssueDialog.tsx';
import { Designer } from './designer/Designer.tsx';

// What the workspace follows of the document: typing changes none of these (after the first edit of a session).
const hasDocumentOf = (state: DocumentState | undefined) => state !== undefined;
const canUndoOf = (state: DocumentState | undefined) => (state?.history.past.length ?? 0) > 0;
const canRedoOf = (state: DocumentState | undefined) => (state?.history.future.length ?? 0) > 0;
const templateIdOf = (state: DocumentState | undefined) => state?.history.present.briefing.meta.templateId;

/** The welcome view or the editor, with the commands, autosave and window state that serve both. */
export function Workspace() {
  const { store, api } = useServices();
  const { t } = useTranslation('app');
  const { message } = AntApp.useApp();
  const hasDocument = useDocumentSelector(hasDocumentOf);
  const canUndo = useDocumentSelector(canUndoOf);
  const canRedo = useDocumentSelector(canRedoOf);
  const files = useFileActions();
  const template = useTemplate(useDocumentSelector(templateIdOf));
  const [previewVisible, setPreviewVisible] = useState(true);
  const [exporting, setExporting] = useState<readonly ExportFormat[]>();
  const findControl = useRef<FindControl>(null);
  const [newIssueOpen, setNewIssueOpen] = useState(false);
  const openNewIssue = useCallback(() => setNewIssueOpen(true), []);
  // Template designer (issue 14): a view over the welcome view or the editor, which stay as they were.
  const [designing, setDesigning] = useState(false);

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
      hasDocument,
      canUndo,
      canRedo,
      previewVisible,
      files,
      ui: {
        togglePreview: () => setPreviewVisible((v) => !v),
        openExport: (formats) => setExporting(formats),
        newIssue: openNewIssue,
        print: () => {
          const doc = store.document;
          if (doc && ready) printDocument(doc, ready);
        },
        find: (action) => findControl.current?.run(action),
        openDesigner: () => setDesigning(true),
      },
    }),
    [store, hasDocument, canUndo, canRedo, previewVisible, files, ready, openNewIssue],
  );
  const run = useCommandRuntime(api, ctx, onError);

  if (designing) return <Designer onClose={() => setDesigning(false)} />;
  // Series and people (issue 12): the directory serves both views, New issue comes from either.
  const newIssue = <NewIssueDialog open={newIssueOpen} onClose={() => setNewIssueOpen(false)} files={files} />;
  if (!hasDocument) {
    return (
      <PeopleProvider>
        <Welcome files={files} onNewIssue={openNewIssue} onDesign={() => setDesigning(true)} />
        {newIssue}
      </PeopleProvider>
    );
  }
  return (
    <PeopleProvider>
      <NavigationProvider>
        <CheckingProvider>
          <EditorLayout
            template={template}
            previewVisible={previewVisible}
            toolbar={<Toolbar ctx={ctx} run={run} />}
          />
          <ExportDialog formats={exporting} template={ready} onClose={closeExport} />
          <FindPanel control={findControl} />
        </CheckingProvider>
      </NavigationProvider>
      {newIssue}
    </PeopleProvider>
  );
}
