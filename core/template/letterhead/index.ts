export { readLetterhead, type LetterheadFacts } from './readLetterhead.ts';
export { applyLetterhead, type LetterheadTemplate, type TakenItem } from './applyLetterhead.ts';
export { openDocx, DOCX_LIMITS } from './docxParts.ts';
