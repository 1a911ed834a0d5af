import { createContext, useContext, type ReactNode } from 'react';
import type { ImageResizer } from '../model/downscale.ts';
import { canvasResizer } from './canvasResizer.ts';

export interface PhotoServices {
  resize: ImageResizer;
  /** The bytes of a chosen or dropped file. */
  readFile(file: File): Promise<Uint8Array>;
}

const browserServices: PhotoServices = {
  resize: canvasResizer,
  readFile: async (file) => new Uint8Array(await file.arrayBuffer()),
};

const PhotoServicesContext = createContext<PhotoServices>(browserServices);

/** Replaces how photos are decoded and scaled (tests in jsdom, which has no canvas, pass a fake). */
export function PhotoServicesProvider({ services, children }: { services: PhotoServices; children: ReactNode }) {
  return <PhotoServicesContext.Provider value={services}>{children}</PhotoServicesContext.Provider>;
}

export function usePhotoServices(): PhotoServices {
  return useContext(PhotoServicesContext);
}
