import exifr from 'exifr';
import { parseCaptureTime, type CaptureTime } from '../../../../core/photos/captureTime.ts';
import { orientationOf, type Orientation } from '../../../../core/photos/orientation.ts';

export interface PhotoExif {
  orientation: Orientation;
  takenAt?: CaptureTime;
}

/** Orientation and capture time from a photo's EXIF (JPEG, HEIC, TIFF-based); upright and no time when absent or unreadable. */
export async function readExif(bytes: Uint8Array): Promise<PhotoExif> {
  try {
    // Raw values: the orientation as its number and the time as the camera wrote it (no Date, no time zone).
    const tags = (await exifr.parse(bytes, { pick: ['Orientation', 'DateTimeOriginal'], translateValues: false, reviveValues: false })) as
      | { Orientation?: unknown; DateTimeOriginal?: unknown }
      | undefined;
    const takenAt = parseCaptureTime(tags?.DateTimeOriginal);
    return { orientation: orientationOf(tags?.Orientation), ...(takenAt ? { takenAt } : {}) };
  } catch {
    return { orientation: 1 };
  }
}
