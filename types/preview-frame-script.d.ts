/** Made at build time by scripts/previewFrameScript.ts (the preview frame's program and its CSP hash). */
declare module 'virtual:preview-frame-script' {
  export const script: string;
  export const scriptHash: string;
}
