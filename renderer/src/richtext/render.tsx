import type { CSSProperties } from 'react';
import type { RenderElementProps, RenderLeafProps } from 'slate-react';

/** Sizes for a form field, not a page: the preview shows the template's real typography. Colours inherit the theme. */
const STYLES = {
  p: { margin: '0 0 0.4em' },
  h1: { fontSize: '1.5em', margin: '0.2em 0 0.4em' },
  h2: { fontSize: '1.3em', margin: '0.2em 0 0.4em' },
  h3: { fontSize: '1.15em', margin: '0.2em 0 0.4em' },
  list: { margin: '0 0 0.4em', paddingInlineStart: '1.6em' },
  quote: { margin: '0 0 0.4em', paddingInlineStart: '0.8em', borderInlineStart: '3px solid rgba(128, 128, 128, 0.5)' },
} satisfies Record<string, CSSProperties>;

/**
 * Semantic elements for every node, so screen readers announce headings and lists, and copying out of the editor
 * carries structure into Word and mail clients.
 */
export function renderElement({ attributes, children, element }: RenderElementProps) {
  switch (element.type) {
    case 'heading':
      if (element.level === 1) return <h1 {...attributes} style={STYLES.h1}>{children}</h1>;
      if (element.level === 2) return <h2 {...attributes} style={STYLES.h2}>{children}</h2>;
      return <h3 {...attributes} style={STYLES.h3}>{children}</h3>;
    case 'bulleted-list':
      return <ul {...attributes} style={STYLES.list}>{children}</ul>;
    case 'numbered-list':
      return <ol {...attributes} style={STYLES.list}>{children}</ol>;
    case 'list-item':
      return <li {...attributes}>{children}</li>;
    case 'block-quote':
      return <blockquote {...attributes} style={STYLES.quote}>{children}</blockquote>;
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
