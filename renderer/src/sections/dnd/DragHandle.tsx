import { HolderOutlined } from '@ant-design/icons';
import type { DraggableAttributes, DraggableSyntheticListeners } from '@dnd-kit/core';
import { Button } from 'antd';

export interface DragHandleProps {
  attributes: DraggableAttributes;
  listeners: DraggableSyntheticListeners;
  setActivatorNodeRef(element: HTMLElement | null): void;
}

/** The grip that lifts an item: the only place a drag starts, so inputs in the item keep their own keys and clicks. */
export function DragHandle({ handle, label, tabIndex }: { handle: DragHandleProps; label: string; tabIndex?: number }) {
  return (
    <Button
      type="text"
      size="small"
      icon={<HolderOutlined />}
      ref={handle.setActivatorNodeRef}
      {...handle.attributes}
      {...handle.listeners}
      aria-label={label}
      {...(tabIndex !== undefined ? { tabIndex } : {})}
      data-testid="drag-handle"
      style={{ cursor: 'grab', touchAction: 'none' }}
    />
  );
}
