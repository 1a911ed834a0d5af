import { createContext, useContext, type CSSProperties, type ReactNode } from 'react';
import type { RenderElementProps, RenderLeafProps } from 'slate-react';
import type { BulletedList, ListItem, NumberedList, RichTable, TableRow } from '../../../core/model/index.ts';
import { listNumbers, listStyleOf } from './listNumbers.ts';

/** Sizes for a form field, not a page: the preview shows the template's real typography. Colours inherit the theme. */
const STYLES = {
  p: { margin: '0 0 0.4em' },
  h1: { fontSize: '1.5em', margin: '0.2em 0 0.4em' },
  h2: { fontSize: '1.3em', margin: '0.2em 0 0.4em' },
  h3: { fontSize: '1.15em', margin: '0.2em 0 0.4em' },
  list: { margin: '0 0 0.4em', paddingInlineStart: '1.6em' },
  quote: { margin: '0 0 0.4em', paddingInlineStart: '0.8em', borderInlineStart: '3px solid rgba(128, 128, 128, 0.5)' },
  table: { borderCollapse: 'collapse', width: '100%', tableLayout: 'fixed', margin: '0 0 0.4em' },
  cell: { border: '1px solid rgba(128, 128, 128, 0.6)', padding: '2px 6px', verticalAlign: 'top', textAlign: 'start' },
} satisfies Record<string, CSSProperties>;

/** How deep each level of a list steps in, the same on screen for bullets and numbers. */
const INDENT_EM = 1.6;

/** The list an item is rendered in, so the item can show its level's marker and its number within that level. */
const ListContext = createContext<{ list: BulletedList | NumberedList; numbers: Map<ListItem, number> } | undefined>(undefined);
/** The table a row is rendered in, so the cells of a header row can be header cells. */
const TableContext = createContext<RichTable | undefined>(undefined);
const HeaderRowContext = createContext(false);

function ListElement({ attributes, children, element }: { attributes: RenderElementProps['attributes']; children: ReactNode; element: BulletedList | NumberedList }) {
  const numbers = listNumbers(element.children);
  const value = { list: element, numbers: new Map(element.children.map((item, i) => [item, numbers[i]!])) };
  const content = <ListContext.Provider value={value}>{children}</ListContext.Provider>;
  return element.type === 'numbered-list' ? <ol {...attributes} style={STYLES.list}>{content}</ol> : <ul {...attributes} style={STYLES.list}>{content}</ul>;
}

function ListItemElement({ attributes, children, element }: { attributes: RenderElementProps['attributes']; children: ReactNode; element: ListItem }) {
  const context = useContext(ListContext);
  const level = element.indent ?? 0;
  const ordered = context?.list.type === 'numbered-list';
  const style: CSSProperties = { marginInlineStart: `${level * INDENT_EM}em`, listStyleType: listStyleOf(ordered, level) };
  const number = ordered ? context?.numbers.get(element) : undefined;
  return (
    <li {...attributes} style={style} value={number} data-indent={level}>
      {children}
    </li>
  );
}

function RowElement({ attributes, children, element }: { attributes: RenderElementProps['attributes']; children: ReactNode; element: TableRow }) {
  const table = useContext(TableContext);
  const header = Boolean(table?.header && table.children[0] === element);
  return (
    <tr {...attributes}>
      <HeaderRowContext.Provider value={header}>{children}</HeaderRowContext.Provider>
    </tr>
  );
}

function CellElement({ attributes, children }: { attributes: RenderElementProps['attributes']; children: ReactNode }) {
  const header = useContext(HeaderRowContext);
  return header ? (
    <th {...attributes} scope="col" style={STYLES.cell}>
      {children}
    </th>
  ) : (
    <td {...attributes} style={STYLES.cell}>
      {children}
    </td>
  );
}

/**
 * Semantic elements for every node, so screen readers announce headings, lists and tables, and copying out of the
 * editor carries structure into Word and mail clients.
 */
export function renderElement({ attributes, children, element }: RenderElementProps) {
  switch (element.type) {
    case 'heading':
      if (element.level === 1) return <h1 {...attributes} style={STYLES.h1}>{children}</h1>;
      if (element.level === 2) return <h2 {...attributes} style={STYLES.h2}>{children}</h2>;
      return <h3 {...attributes} style={STYLES.h3}>{children}</h3>;
    case 'bulleted-list':
    case 'numbered-list':
      return <ListElement attributes={attributes} element={element}>{children}</ListElement>;
    case 'list-item':
      return <ListItemElement attributes={attributes} element={element}>{children}</ListItemElement>;
    case 'block-quote':
      return <blockquote {...attributes} style={STYLES.quote}>{children}</blockquote>;
    case 'table':
      return (
        <table {...attributes} style={STYLES.table}>
          <tbody>
            <TableContext.Provider value={element}>{children}</TableContext.Provider>
          </tbody>
        </table>
      );
    case 'table-row':
      return <RowElement attributes={attributes} element={element}>{children}</RowElement>;
    case 'table-cell':
      return <CellElement attributes={attributes}>{children}</CellElement>;
    default:
      return <p {...attributes} style={STYLES.p}>{children}</p>;
  }
}

export function renderLeaf({ attributes, children, leaf }: RenderLeafProps) {
  let content = children;
  if (leaf.bold) content = <strong>{content}</strong>;
  if (leaf.italic) content = <em>{content}</em>;
  if (leaf.underline) content = <u>{content}</u>;
  // The checker's underline is a decoration Slate merges into the leaf it covers: on screen only, never stored.
  const check = (leaf as { check?: string }).check;
  if (check) return <span {...attributes} className={`bc-check bc-check-${check}`} data-check={check}>{content}</span>;
  return <span {...attributes}>{content}</span>;
}
