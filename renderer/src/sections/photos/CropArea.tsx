import { useRef, useState, type PointerEvent, type ReactNode } from 'react';
import type { CropRect } from './photoRender.ts';

const clamp = (v: number) => Math.min(1, Math.max(0, v));

/** A rectangle from two corners, in fractions; undefined when too small to mean anything (a click). */
function rectOf(a: { x: number; y: number }, b: { x: number; y: number }): CropRect | undefined {
  const rect = { x: Math.min(a.x, b.x), y: Math.min(a.y, b.y), width: Math.abs(a.x - b.x), height: Math.abs(a.y - b.y) };
  return rect.width < 0.02 || rect.height < 0.02 ? undefined : rect;
}

/**
 * The photo with a crop rectangle drawn over it by dragging (mouse, pen or touch). The rectangle is kept in
 * fractions of the shown photo, so it means the same part of the full-size photo.
 */
export function CropArea({ crop, onCrop, label, children }: { crop: CropRect | undefined; onCrop(crop: CropRect | undefined): void; label: string; children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  const [start, setStart] = useState<{ x: number; y: number }>();
  const at = (event: PointerEvent) => {
    const bounds = box.current!.getBoundingClientRect();
    return { x: clamp((event.clientX - bounds.left) / bounds.width), y: clamp((event.clientY - bounds.top) / bounds.height) };
  };
  return (
    <div
      ref={box}
      role="group"
      aria-label={label}
      data-testid="crop-area"
      style={{ position: 'relative', display: 'inline-block', cursor: 'crosshair', touchAction: 'none', userSelect: 'none', overflow: 'hidden', lineHeight: 0 }}
      onPointerDown={(event) => {
        event.currentTarget.setPointerCapture(event.pointerId);
        setStart(at(event));
        onCrop(undefined);
      }}
      onPointerMove={(event) => {
        if (start) onCrop(rectOf(start, at(event)));
      }}
      onPointerUp={(event) => {
        if (start) onCrop(rectOf(start, at(event)));
        setStart(undefined);
      }}
    >
      {children}
      {crop && (
        <div
          data-testid="crop-rect"
          style={{
            position: 'absolute',
            left: `${crop.x * 100}%`,
            top: `${crop.y * 100}%`,
            width: `${crop.width * 100}%`,
            height: `${crop.height * 100}%`,
            outline: '2px dashed #fff',
            // Dims everything outside the rectangle.
            boxShadow: '0 0 0 9999px rgba(0, 0, 0, 0.45)',
            pointerEvents: 'none',
          }}
        />
      )}
    </div>
  );
}
