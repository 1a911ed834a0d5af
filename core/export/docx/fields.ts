import { ImportedXmlComponent, Run, TextRun } from 'docx';

const fieldChar = (type: 'begin' | 'separate' | 'end') =>
  new Run({ children: [ImportedXmlComponent.fromXmlString(`<w:fldChar w:fldCharType="${type}"/>`)] });

/**
 * A complex field (begin, instruction, separate, shown result, end) with its result written out. docx's
 * SimpleField writes w:fldSimple, whose result mammoth and similar readers drop; its SEQ field has no result at
 * all and makes Word ask to update fields on opening.
 */
export function complexField(instruction: string, result: string): Run[] {
  const escaped = instruction.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return [
    fieldChar('begin'),
    new Run({ children: [ImportedXmlComponent.fromXmlString(`<w:instrText xml:space="preserve"> ${escaped} </w:instrText>`)] }),
    fieldChar('separate'),
    new TextRun(result),
    fieldChar('end'),
  ];
}
