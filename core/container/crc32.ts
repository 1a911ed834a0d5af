/** The model's CRC-32: the container uses it for zip entries, the image check for PNG chunks. */
export { crc32 } from '../model/crc32.ts';
