import { useEffect, useRef } from 'react';
import type { BriefingApi } from '../../../../core/ipc/contract.ts';
import type { FileActions } from './useFileActions.ts';

/** Files the OS asked the app to open: the one it was started with, then any from a second launch (`openFile`). */
export function useHostOpenFile(api: BriefingApi, files: FileActions, launchFile: string | undefined) {
  useEffect(() => api.on('openFile', (path) => void files.open(path)), [api, files]);
  const launched = useRef(false);
  useEffect(() => {
    if (launched.current || !launchFile) return;
    launched.current = true;
    void files.open(launchFile);
  }, [files, launchFile]);
}
