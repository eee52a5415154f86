// npm run docs:sources: rewrites the README's sources table from the source declarations, and test/fixtures/README.md
// from each fixture folder's README.md (a test fails until you do).
import { writeSourcesTable } from './sources-table.ts';
import { writeFixturesReadme } from './fixtures-readme.ts';

writeSourcesTable();
writeFixturesReadme();
console.log('wrote the sources table of README.md and the fixture folders of test/fixtures/README.md');
