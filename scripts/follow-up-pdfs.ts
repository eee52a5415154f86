import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { RECORDED_FOLLOW_UP_DOCUMENTS } from '../adapters/ccpr-follow-up/config.ts';
import { followUpPdfPath, followUpText } from '../adapters/ccpr-follow-up/replay.ts';

const PAGE = { width: 595, height: 842, margin: 56, fontSize: 9, leading: 11 };
/** A fixed date, so that the same text always makes the same bytes. */
const MADE = new Date('2026-01-01T00:00:00Z');

/**
 * A PDF reconstructed from a document's real text (RECONSTRUCTED, see test/fixtures/README.md): each line of the text
 * printed in Helvetica on A4 pages, long lines wrapped at spaces as a layout would (never right after a hyphen, so
 * that a hyphen at a line's end is the text's own), new pages as the lines fill them. The real PDF's layout and fonts
 * are not recorded; its words, line order and page furniture are.
 */
export async function followUpPdf(text: string, title: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(title);
  doc.setCreationDate(MADE);
  doc.setModificationDate(MADE);
  doc.setProducer('Rights Hub replay (reconstructed from the recorded text)');
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const width = PAGE.width - 2 * PAGE.margin;
  const lines = text.split('\n').flatMap((line) => wrap(line, (s) => font.widthOfTextAtSize(s, PAGE.fontSize), width));
  let page = doc.addPage([PAGE.width, PAGE.height]);
  let y = PAGE.height - PAGE.margin;
  for (const line of lines) {
    if (y < PAGE.margin) {
      page = doc.addPage([PAGE.width, PAGE.height]);
      y = PAGE.height - PAGE.margin;
    }
    if (line !== '') page.drawText(line, { x: PAGE.margin, y, size: PAGE.fontSize, font });
    y -= PAGE.leading;
  }
  return doc.save();
}

/** A line cut at spaces into pieces no wider than `width`; a piece never ends in a hyphen the text did not end a line with. */
function wrap(line: string, widthOf: (s: string) => number, width: number): string[] {
  const out: string[] = [];
  let current = '';
  for (const word of line.split(' ')) {
    const next = current === '' ? word : `${current} ${word}`;
    if (current !== '' && widthOf(next) > width && !current.endsWith('-')) {
      out.push(current);
      current = word;
    } else current = next;
  }
  out.push(current);
  return out;
}

/** Writes test/fixtures/ccpr-follow-up/<symbol>.pdf for every recorded document: `npx tsx scripts/follow-up-pdfs.ts`. */
async function main(): Promise<void> {
  for (const { symbol } of RECORDED_FOLLOW_UP_DOCUMENTS) {
    writeFileSync(followUpPdfPath(symbol), await followUpPdf(followUpText(symbol)!, symbol));
    console.log(`wrote ${followUpPdfPath(symbol)}`);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
