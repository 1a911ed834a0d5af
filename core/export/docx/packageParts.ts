import { Packer, type Document } from 'docx';
import { unzipSync } from 'fflate';

/** A package's parts by path, in the order the docx library writes them. */
export type PackageParts = ReadonlyMap<string, Uint8Array>;

type Compile = (file: Document, prettify?: undefined, overrides?: readonly never[]) => Map<string, string | Uint8Array>;

/**
 * The parts of the package the docx library would zip. Its Packer deflates every part and we unzip them again to
 * put in the photos and patch a few parts (repack.ts): a third of a large export's time, spent compressing bytes
 * only to inflate them again. The library's compiler (which Packer zips the output of) gives the parts directly; it is
 * not public API, so when a library update changes it we fall back to the packed route, and the DOCX tests still pass.
 */
export async function packageParts(document: Document): Promise<PackageParts> {
  const compile = compilerOf();
  if (compile) {
    const encoder = new TextEncoder();
    const parts = new Map<string, Uint8Array>();
    for (const [path, data] of compile(document)) parts.set(path, typeof data === 'string' ? encoder.encode(data) : new Uint8Array(data));
    return parts;
  }
  return new Map(Object.entries(unzipSync(new Uint8Array(await Packer.toArrayBuffer(document)))));
}

function compilerOf(): Compile | undefined {
  const compiler = (Packer as unknown as { compiler?: { compile?: unknown } }).compiler;
  if (typeof compiler?.compile !== 'function') return undefined;
  return (compiler.compile as Compile).bind(compiler);
}
