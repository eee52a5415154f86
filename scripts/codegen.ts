// npm run codegen: writes the contract's TypeScript and resolver types (schema/generated/contract-types.ts) from schema/contract.graphql.
import { writeGenerated } from './generated-file.ts';
import { contractTypesFile } from './contract-types.ts';

writeGenerated(await contractTypesFile());
