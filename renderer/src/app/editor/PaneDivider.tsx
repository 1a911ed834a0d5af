import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  /** The preview's width, which the divider sets: dragging it left widens the preview. */
  width: number;
  min: number;
  max: number;
  onPreview(width: number): void;
  onCommit(width: number): void;
}

const STEP_PX = 24;

/**
 * The draggable rule between the middle pane and the preview: a WAI-ARIA window splitter (role separator,
 * focusable, arrow keys move it, Home/End to the limits), so it works without a mouse as well.
 */
export function PaneDivider({ width, min, max, onPreview, onCommit }: Props) {
  const { t } = useTranslation('app');
  const dragging = useRef(false);

  // Followed on the window, not on the divider: the pointer soon leaves a 6 px rule, often over the preview's
  // frame, whose events the page does not see. The preview frame ignores the pointer meanwhile (is-resizing).
  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0 || dragging.current) return;
    event.preventDefault();
    dragging.current = true;
    const startX = event.clientX;
    const startWidth = width;
    let last = width;
    document.body.classList.add('is-resizing');
    const move = (e: globalThis.PointerEvent) => {
      last = startWidth - (e.clientX - startX);
      onPreview(last);
    };
    const end = () => {
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', end);
      window.removeEventListener('pointercancel', end);
      document.body.classList.remove('is-resizing');
      dragging.current = false;
      onCommit(last);
    };
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', end);
    window.addEventListener('pointercancel', end);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const moves: Record<string, number> = { ArrowLeft: width + STEP_PX, ArrowRight: width - STEP_PX, Home: max, End: min };
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    onCommit(next);
  };

  return (
    <div
      className="bc-pane-divider"
      role="separator"
      aria-orientation="vertical"
      aria-label={t('preview.resize')}
      aria-valuenow={width}
      aria-valuemin={min}
      aria-valuemax={max}
      tabIndex={0}
      onPointerDown={onPointerDown}
      onKeyDown={onKeyDown}
      data-testid="preview-divider"
    />
  );
}
