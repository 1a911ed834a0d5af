import { useEffect, useState } from 'react';

/** A blob: URL for image bytes while the component shows them (the CSP allows blob: images), revoked after. */
export function useObjectUrl(bytes: Uint8Array | undefined, mimeType: string): string | undefined {
  const [url, setUrl] = useState<string | undefined>(undefined);
  useEffect(() => {
    if (!bytes) {
      setUrl(undefined);
      return;
    }
    const next = URL.createObjectURL(new Blob([bytes as BlobPart], { type: mimeType }));
    setUrl(next);
    return () => URL.revokeObjectURL(next);
  }, [bytes, mimeType]);
  return url;
}
