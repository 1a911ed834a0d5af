import type { BaseEditor } from 'slate';
import type { ReactEditor } from 'slate-react';
import type {
  BlockQuote,
  BulletedList,
  Heading,
  ListItem,
  NumberedList,
  Paragraph,
  RichTable,
  TableCell,
  TableRow,
  TextLeaf,
} from '../../../core/model/index.ts';

/**
 * Slate's node types are our model's node types: the editor's children ARE a RichText, so nothing converts
 * between them. This is the one CustomTypes declaration in the renderer; every Slate user shares it.
 */
export type RichElement = Paragraph | Heading | ListItem | BulletedList | NumberedList | BlockQuote | RichTable | TableRow | TableCell;
export type RichEditor = BaseEditor & ReactEditor;
export type Mark = 'bold' | 'italic' | 'underline';

declare module 'slate' {
  interface CustomTypes {
    Editor: RichEditor;
    Element: RichElement;
    Text: TextLeaf;
  }
}
