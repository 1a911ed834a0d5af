/**
 * How big a .briefing may be. Checked against the zip's directory before anything is inflated, and again against
 * what inflating really produces, so a file that lies about its sizes cannot exhaust memory.
 */
export interface ContainerLimits {
  maxEntries: number;
  maxEntryBytes: number;
  maxTotalBytes: number;
  maxImageBytes: number;
  maxImagePixels: number;
}

export const CONTAINER_LIMITS: Readonly<ContainerLimits> = Object.freeze({
  /** A briefing holds briefing.json, a marker and one entry per photo. */
  maxEntries: 1000,
  /** One entry other than an image (briefing.json, the marker), uncompressed. */
  maxEntryBytes: 32 * 1024 * 1024,
  /** Every entry together, uncompressed, as the zip's directory declares them. */
  maxTotalBytes: 512 * 1024 * 1024,
  /** One image file: a camera JPEG is 5–15 MB. */
  maxImageBytes: 25 * 1024 * 1024,
  /** Width × height of one image: covers 108-megapixel phone photos, refuses decompression bombs. */
  maxImagePixels: 120_000_000,
});

/** "25 MB", "1.5 MB", "900 bytes": sizes as a person reads them in a message. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return bytes < 1024 ? `${bytes} bytes` : `${(bytes / 1024).toFixed(1)} KB`;
  const mb = bytes / (1024 * 1024);
  return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB`;
}
