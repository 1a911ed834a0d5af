import { createContext, useContext } from 'react';
import type { Language } from '../../../../core/model/index.ts';

export interface Appearance {
  language: Language;
  dark: boolean;
  /** A file the app was started with (command line, file association), opened once at start. */
  launchFile?: string;
}

export const AppearanceContext = createContext<Appearance>({ language: 'en', dark: false });

/** The UI language and whether the OS is in dark mode. */
export function useAppearance(): Appearance {
  return useContext(AppearanceContext);
}
