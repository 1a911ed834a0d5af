import {
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type ScreenReaderInstructions,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import { useTranslation } from 'react-i18next';
import { dragEndMove } from './reorder.ts';

/**
 * What every reorderable list shares: pointer and keyboard sensors (Space to lift, arrows to move, Space to drop,
 * Escape to cancel), screen-reader messages in the UI language, and the drag-end handler that calls `onMove`.
 */
export function useSortableSetup(ids: readonly string[], onMove: (from: number, to: number) => void) {
  const { t } = useTranslation('sections');
  const sensors = useSensors(
    // A few pixels before a drag starts, so clicks on the handle and inputs beside it stay clicks.
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const position = (id: UniqueIdentifier | undefined) => ids.indexOf(String(id)) + 1;
  const total = ids.length;
  const announcements: Announcements = {
    onDragStart: ({ active }) => t('dndPickedUp', { position: position(active.id), total }),
    onDragOver: ({ over }) => (over ? t('dndMovedTo', { position: position(over.id), total }) : t('dndOutside')),
    onDragEnd: ({ over }) => (over ? t('dndDropped', { position: position(over.id), total }) : t('dndCancelled')),
    onDragCancel: () => t('dndCancelled'),
  };
  const screenReaderInstructions: ScreenReaderInstructions = { draggable: t('dndInstructions') };
  const onDragEnd = (event: DragEndEvent) => {
    const move = dragEndMove(ids, event);
    if (move) onMove(move.from, move.to);
  };
  return { sensors, accessibility: { announcements, screenReaderInstructions }, onDragEnd };
}
