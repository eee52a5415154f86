/**
 * The communication numbers an IHRDA case-law title leads with (IHRDA writes the number before the parties):
 * communicationNumbers('143/95-150/96 Constitutional Rights Project …') → ['143/95', '150/96']; a title without a leading number → [].
 */
export function communicationNumbers(title: string): string[] {
  const lead = title.match(/^\s*(\d+\/\d+(?:\s*-\s*\d+\/\d+)*)\b/);
  return lead ? lead[1].split('-').map((n) => n.trim()) : [];
}

/** SUMMA's `n_mero` 'C-109' → 'Series C No. 109' (the form corteidh records carry); null for anything else. */
export function seriesOf(number: string | null): string | null {
  const m = number?.trim().match(/^([A-Z])-(\d+)$/);
  return m ? `Series ${m[1]} No. ${Number(m[2])}` : null;
}

/** Whether SUMMA's `tipo` labels name provisional measures ('Medidas Provisionales', any case). */
export function namesProvisionalMeasures(tipo: readonly string[]): boolean {
  return tipo.some((t) => /^medidas? provisional(es)?$/i.test(t.trim()));
}
