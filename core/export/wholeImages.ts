import { InputError, knownImageDamage, sniffImage, type BriefingDocument, type Problem } from '../model/index.ts';

/**
 * Refuses an export with a photo whose bytes are not a whole image (cut off, damaged): one problem per photo, by
 * its path and name, rather than a document that prints it half grey. Photos without bytes, or with bytes that are
 * no image at all, are left to the exporters, which say so in their own words.
 */
export function assertWholeImages(doc: BriefingDocument): void {
  const problems: Problem[] = [];
  doc.briefing.media.forEach((item, index) => {
    const bytes = doc.media.get(item.id);
    const damage = bytes && sniffImage(bytes) ? knownImageDamage(bytes) : undefined;
    if (damage) {
      const where = item.file ? `"${item.file}"` : `image "${item.id}"`;
      problems.push({ path: `media[${index}]`, message: `${where}${item.caption ? ` (${item.caption})` : ''} cannot be used: ${damage}` });
    }
  });
  if (problems.length > 0) throw new InputError(problems);
}
