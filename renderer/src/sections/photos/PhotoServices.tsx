import { createContext, useContext, type ReactNode } from 'react';
import { canvasRender } from './canvasRender.ts';
import type { PhotoRenderer } from './photoRender.ts';
import { readExif, type PhotoExif } from './readExif.ts';

export interface PhotoServices {
  render: PhotoRenderer;
  readExif(bytes: Uint8Array): Promise<PhotoExif>;
  /** The bytes of a chosen or dropped file. */
  readFile(file: File): Promise<Uint8Array>;
}

const browserServices: PhotoServices = {
  render: canvasRender,
  readExif,
  readFile: async (file) => new Uint8Array(await file.arrayBuffer()),
};

const PhotoServicesContext = createContext<PhotoServices>(browserServices);

/** Replaces how photos are decoded and drawn (tests in jsdom, which has no canvas, pass a fake). */
export function PhotoServicesProvider({ services, children }: { services: PhotoServices; children: ReactNode }) {
  return <PhotoServicesContext.Provider value={services}>{children}</PhotoServicesContext.Provider>;
}

export function usePhotoServices(): PhotoServices {
  return useContext(PhotoServicesContext);
}
