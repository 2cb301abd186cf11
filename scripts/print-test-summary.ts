// Prints vitest's JSON results as one plain closing line: `vitest: N passed, N failed, N skipped`.
import { existsSync, readFileSync } from 'node:fs';

interface Results {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
}

const path = process.argv[2] ?? 'test-artifacts/vitest-results.json';
if (!existsSync(path)) {
  console.log('vitest: 0 passed, 1 failed (no results were written)');
  process.exit(1);
}
const results = JSON.parse(readFileSync(path, 'utf8')) as Results;
const skipped = results.numPendingTests + results.numTodoTests;
console.log(`vitest: ${results.numPassedTests} passed, ${results.numFailedTests} failed, ${skipped} skipped`);
