import { eachFile, type FixtureParser, type FixtureWalker } from '../_kit/fixture-walk.ts';
import { formFields, parseDownloadPage, parseResultsPage } from './parse.ts';
import { parseSessionDetails, parseSessionsList } from './sessions-parse.ts';

/** The Jurisprudence search form and its results, Download.aspx pages (named by symbol), the session lists and details. */
export const WALKER: FixtureWalker = {
  walks: (folders) => eachFile(folders, parserOf),
};

function parserOf(file: string): FixtureParser | null {
  if (file === 'search-form.html') return formFields;
  if (file.startsWith('results-')) return parseResultsPage;
  if (file.startsWith('list-')) return parseSessionsList;
  if (file.startsWith('details-')) return parseSessionDetails;
  return /^[A-Z]+_|^no-files/.test(file) ? (html) => parseDownloadPage(html, 'https://tbinternet.ohchr.org') : null;
}
