import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';

/** One file a script generates (and a test regenerates in memory to compare): where it goes and what it holds. */
export interface GeneratedFile {
  path: string;
  text: string;
}

export function writeGenerated({ path, text }: GeneratedFile): void {
  writeFileSync(path, text);
  console.log(`wrote ${relative(process.cwd(), path)}`);
}
