// heic-decode ships no types; this is the part of its API the host uses (see node_modules/heic-decode/lib.js).
declare module 'heic-decode' {
  interface DecodedImage {
    width: number;
    height: number;
    data: Uint8ClampedArray;
  }
  interface PendingImage {
    width: number;
    height: number;
    decode(): Promise<DecodedImage>;
  }
  function decode(input: { buffer: Uint8Array }): Promise<DecodedImage>;
  namespace decode {
    function all(input: { buffer: Uint8Array }): Promise<PendingImage[] & { dispose(): void }>;
  }
  export default decode;
}
