import { DndContext, closestCenter } from '@dnd-kit/core';
import {
  SortableContext,
  rectSortingStrategy,
  useSortable,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import type { CSSProperties, ReactNode } from 'react';
import type { DragHandleProps } from './DragHandle.tsx';
import { useSortableSetup } from './useSortableSetup.ts';

export interface SortableListProps<T> {
  items: readonly T[];
  getId(item: T): string;
  onMove(from: number, to: number): void;
  renderItem(item: T, index: number, handle: DragHandleProps): ReactNode;
  /** Cards in a wrapping grid (photos) rather than a column. */
  layout?: 'column' | 'grid';
  'data-testid'?: string;
}

function SortableItem({ id, children }: { id: string; children: (handle: DragHandleProps) => ReactNode }) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id });
  const style: CSSProperties = {
    transform: CSS.Translate.toString(transform),
    transition,
    opacity: isDragging ? 0.6 : undefined,
    position: 'relative',
    zIndex: isDragging ? 1 : undefined,
  };
  return (
    <div ref={setNodeRef} style={style} data-sortable-id={id}>
      {children({ attributes, listeners, setActivatorNodeRef })}
    </div>
  );
}

/** A reorderable column or grid of cards; each card gets a drag handle to place where it likes. */
export function SortableList<T>({ items, getId, onMove, renderItem, layout = 'column', ...rest }: SortableListProps<T>) {
  const ids = items.map(getId);
  const { sensors, accessibility, onDragEnd } = useSortableSetup(ids, onMove);
  const grid = layout === 'grid';
  const containerStyle: CSSProperties = grid
    ? { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(220px, 1fr))', gap: 12 }
    : { display: 'flex', flexDirection: 'column', gap: 12 };
  return (
    <DndContext sensors={sensors} collisionDetection={closestCenter} accessibility={accessibility} onDragEnd={onDragEnd}>
      <SortableContext items={ids} strategy={grid ? rectSortingStrategy : verticalListSortingStrategy}>
        <div style={containerStyle} data-testid={rest['data-testid']}>
          {items.map((item, index) => (
            <SortableItem key={ids[index]} id={ids[index]!}>
              {(handle) => renderItem(item, index, handle)}
            </SortableItem>
          ))}
        </div>
      </SortableContext>
    </DndContext>
  );
}
