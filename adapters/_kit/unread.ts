/** How many raw values a warning quotes: enough to recognise the wording, short enough to read. */
const QUOTED = 3;

/**
 * The warning for records a parser could not read, so that none is dropped silently: how many, and the first few
 * raw values as the source wrote them. unreadWarning('hudoc-cpt', 'feed items read as no visit report', ['a', 'b'])
 * === 'hudoc-cpt: 2 feed items read as no visit report: "a", "b"'; no values → null.
 */
export function unreadWarning(source: string, what: string, raws: readonly string[]): string | null {
  if (raws.length === 0) return null;
  const quoted = raws
    .slice(0, QUOTED)
    .map((r) => JSON.stringify(r.length > 120 ? `${r.slice(0, 117)}...` : r))
    .join(', ');
  return `${source}: ${raws.length} ${what}: ${quoted}${raws.length > QUOTED ? ', …' : ''}`;
}
