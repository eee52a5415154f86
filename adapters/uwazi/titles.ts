/**
 * The communication numbers an IHRDA case-law title leads with (IHRDA writes the number before the parties):
 * communicationNumbers('143/95-150/96 Constitutional Rights Project …') → ['143/95', '150/96']; a title without a leading number → [].
 */
export function communicationNumbers(title: string): string[] {
  const lead = title.match(/^\s*(\d+\/\d+(?:\s*-\s*\d+\/\d+)*)\b/);
  return lead ? lead[1].split('-').map((n) => n.trim()) : [];
}
