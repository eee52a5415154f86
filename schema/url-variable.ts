/** The environment variable naming where a subgraph or a source answers: urlVariable('african-court') === 'RH_AFRICAN_COURT_URL' */
export function urlVariable(name: string): string {
  return `RH_${name.toUpperCase().replace(/-/g, '_')}_URL`;
}
