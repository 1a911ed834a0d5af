import { EyeInvisibleOutlined, EyeOutlined } from '@ant-design/icons';
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { Button, Tooltip } from 'antd';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Section } from '../../../../core/model/index.ts';
import { DragHandle } from '../../sections/dnd/DragHandle.tsx';

interface Props {
  section: Section;
  label: string;
  selected: boolean;
  onSelect(id: string): void;
  onToggleHidden(id: string): void;
}

/**
 * One section in the outline: a grip to reorder it, its name to edit it, an eye to leave it out of exports.
 * Memoised: typing in one section re-renders its row only (sections are replaced, not copied, on edit).
 */
export const OutlineRow = memo(function OutlineRow({ section, label, selected, onSelect, onToggleHidden }: Props) {
  const { t } = useTranslation('app');
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id: section.id,
  });
  const hidden = Boolean(section.hidden);
  const toggleLabel = hidden ? t('outline.show', { label }) : t('outline.hide', { label });
  return (
    <li
      ref={setNodeRef}
      className={`bc-outline-row${selected ? ' is-selected' : ''}${hidden ? ' is-hidden' : ''}`}
      style={{ transform: CSS.Translate.toString(transform), transition, zIndex: isDragging ? 1 : undefined }}
      data-testid={`outline-${section.type}`}
      data-section-id={section.id}
    >
      <DragHandle handle={{ attributes, listeners, setActivatorNodeRef }} label={t('outline.drag', { label })} />
      <button type="button" className="bc-outline-label" aria-current={selected ? 'true' : undefined} onClick={() => onSelect(section.id)}>
        {label}
        {hidden && <span className="bc-visually-hidden"> ({t('outline.hidden')})</span>}
      </button>
      <Tooltip title={toggleLabel}>
        <Button
          type="text"
          size="small"
          aria-label={toggleLabel}
          aria-pressed={hidden}
          icon={hidden ? <EyeInvisibleOutlined /> : <EyeOutlined />}
          onClick={() => onToggleHidden(section.id)}
          data-testid="outline-visibility"
        />
      </Tooltip>
    </li>
  );
});
