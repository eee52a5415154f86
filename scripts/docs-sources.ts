// npm run docs:sources: rewrites the README's sources table from the source declarations (a test fails until you do).
import { writeSourcesTable } from './sources-table.ts';

writeSourcesTable();
console.log('wrote the sources table of README.md');
