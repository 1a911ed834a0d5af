import { createContext, useContext } from 'react';
import type { Problem } from '../../../../core/model/index.ts';
import type { Draft, Path } from './draft.ts';

/** What every field of the designer needs: the draft, a way to change one value in it, and the current problems. */
export interface DesignerFields {
  draft: Draft;
  update(path: Path, value: unknown): void;
  setAsset(name: string, bytes: Uint8Array | undefined): void;
  problems: readonly Problem[];
  /** The template's own language: localized fields edit this one. */
  language: 'zh-CN' | 'en';
  installedFonts: ReadonlySet<string> | undefined;
}

export const DesignerContext = createContext<DesignerFields | undefined>(undefined);

export function useDesignerFields(): DesignerFields {
  const fields = useContext(DesignerContext);
  if (!fields) throw new Error('a designer field outside the designer');
  return fields;
}
