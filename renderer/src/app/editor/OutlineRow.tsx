import { EyeInvisibleOutlined, EyeOutlined } from '@ant-design/icons';
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { Button, Tooltip } from 'antd';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { SectionType } from '../../../../core/model/index.ts';
import { DragHandle } from '../../sections/dnd/DragHandle.tsx';
import { ProblemMark } from './ProblemMark.tsx';

interface Props {
  /** The section's id, type and visibility, not the section: typing in it leaves its row as it was. */
  id: string;
  type: SectionType;
  hidden: boolean;
  label: string;
  selected: boolean;
  /** Blanks an export needs filled in this section, when the outline marks them. */
  problems?: number | undefined;
  /** Whether this row's name is the outline's one Tab stop. */
  tabStop: boolean;
  onSelect(id: string): void;
  onToggleHidden(id: string): void;
}

/**
 * One section in the outline: a grip to reorder it, its name to edit it, an eye to leave it out of exports.
 * Memoised on primitives: typing in a section re-renders no row unless its label or visibility changes.
 */
export const OutlineRow = memo(function OutlineRow({ id, type, hidden, label, selected, problems, tabStop, onSelect, onToggleHidden }: Props) {
  const { t } = useTranslation('app');
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id,
  });
  const toggleLabel = hidden ? t('outline.show', { label }) : t('outline.hide', { label });
  return (
    <li
      ref={setNodeRef}
      className={`bc-outline-row${selected ? ' is-selected' : ''}${hidden ? ' is-hidden' : ''}`}
      style={{ transform: CSS.Translate.toString(transform), transition, zIndex: isDragging ? 1 : undefined }}
      data-testid={`outline-${type}`}
      data-section-id={id}
      data-outline-entry={id}
    >
      {/* Grip and eye are reached with the arrow keys from the name (see useOutlineKeys), not with Tab. */}
      <DragHandle handle={{ attributes, listeners, setActivatorNodeRef }} label={t('outline.drag', { label })} tabIndex={-1} />
      <button
        type="button"
        className="bc-outline-label"
        aria-current={selected ? 'true' : undefined}
        tabIndex={tabStop ? 0 : -1}
        onClick={() => onSelect(id)}
      >
        {label}
        {hidden && <span className="bc-visually-hidden"> ({t('outline.hidden')})</span>}
        <ProblemMark count={problems} />
      </button>
      <Tooltip title={toggleLabel}>
        <Button
          type="text"
          size="small"
          aria-label={toggleLabel}
          aria-pressed={hidden}
          icon={hidden ? <EyeInvisibleOutlined /> : <EyeOutlined />}
          onClick={() => onToggleHidden(id)}
          tabIndex={-1}
          data-testid="outline-visibility"
        />
      </Tooltip>
    </li>
  );
});
