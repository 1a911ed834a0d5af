export { CONTAINER_LIMITS, formatBytes, type ContainerLimits } from './limits.ts';
export { BRIEFING_ENTRY, BRIEFING_MIME_TYPE, MARKER_ENTRY, mediaEntryName, unsafeNameReason } from './entryNames.ts';
export { checkImage, imageTooLarge, type MediaCheck } from './mediaCheck.ts';
export { packBriefing, type PackOptions } from './pack.ts';
export { unpackBriefing, type PhotosOutside } from './unpack.ts';
