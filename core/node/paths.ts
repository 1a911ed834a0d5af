import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository (or installed package) root, found from this file so it works from any working directory. */
export const PACKAGE_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const BUILTIN_TEMPLATES_DIR = path.join(PACKAGE_ROOT, 'templates');
