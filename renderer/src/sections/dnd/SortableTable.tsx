import { DndContext, closestCenter, type Modifier } from '@dnd-kit/core';
import { SortableContext, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { Table, type TableProps } from 'antd';
import { createContext, useContext, type CSSProperties, type HTMLAttributes } from 'react';
import { DragHandle, type DragHandleProps } from './DragHandle.tsx';
import { useSortableSetup } from './useSortableSetup.ts';

/** Rows move up and down only (what @dnd-kit/modifiers' restrictToVerticalAxis does, without the package). */
const restrictToVerticalAxis: Modifier = ({ transform }) => ({ ...transform, x: 0 });

const RowHandleContext = createContext<DragHandleProps | undefined>(undefined);

type RowProps = HTMLAttributes<HTMLTableRowElement> & { 'data-row-key'?: string };

function SortableRow(props: RowProps) {
  const id = props['data-row-key'] ?? '';
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id });
  const style: CSSProperties = {
    ...props.style,
    transform: CSS.Translate.toString(transform),
    transition,
    ...(isDragging ? { position: 'relative', zIndex: 2, opacity: 0.7 } : {}),
  };
  return (
    <RowHandleContext.Provider value={{ attributes, listeners, setActivatorNodeRef }}>
      <tr {...props} ref={setNodeRef} style={style} />
    </RowHandleContext.Provider>
  );
}

/** The drag grip of the row it is rendered in (put it in the table's first column). */
export function RowDragHandle({ label }: { label: string }) {
  const handle = useContext(RowHandleContext);
  return handle ? <DragHandle handle={handle} label={label} /> : null;
}

/**
 * The narrowest the table may get: the sum of its columns' widths. Below it the table scrolls sideways inside its
 * own box instead of squeezing its cells to a character each; above it the columns share the extra room in
 * proportion to their widths.
 */
function minimumWidth<T>(columns: TableProps<T>['columns']): number | undefined {
  const widths = (columns ?? []).map((column) => column.width);
  return widths.every((w): w is number => typeof w === 'number') ? widths.reduce((a, b) => a + b, 0) : undefined;
}

export interface SortableTableProps<T> extends Omit<TableProps<T>, 'rowKey' | 'dataSource' | 'components'> {
  dataSource: readonly T[];
  rowKey(record: T): string;
  onMove(from: number, to: number): void;
}

/** An antd Table whose rows reorder by their drag handle (pointer or keyboard), for lists where order is meaning. */
export function SortableTable<T extends object>({ dataSource, rowKey, onMove, ...tableProps }: SortableTableProps<T>) {
  const ids = dataSource.map(rowKey);
  const { sensors, accessibility, onDragEnd } = useSortableSetup(ids, onMove);
  const minWidth = minimumWidth(tableProps.columns);
  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      modifiers={[restrictToVerticalAxis]}
      accessibility={accessibility}
      onDragEnd={onDragEnd}
    >
      <SortableContext items={ids} strategy={verticalListSortingStrategy}>
        <Table<T>
          {...tableProps}
          rowKey={rowKey}
          dataSource={[...dataSource]}
          components={{ body: { row: SortableRow } }}
          pagination={false}
          {...(minWidth !== undefined && !tableProps.scroll ? { scroll: { x: minWidth } } : {})}
        />
      </SortableContext>
    </DndContext>
  );
}
