/**
 * Checks a dataset file against the Studio schema with Sanity's own validation and prints every
 * problem with its document id, field and message. Exits 1 when any rule fails with an error.
 *
 *   pnpm --filter studio check:dataset [file.ndjson]
 *
 * Without an argument it checks `CONTENT_FILE`, or else the embedded dataset.
 */
import {EMBEDDED_DATASET, readNdjson} from '@cast/schemas/dataset'
import {resolve} from 'node:path'
import {fileURLToPath} from 'node:url'
import {formatProblem, validateDataset} from './validate'

async function main() {
  const file = resolve(process.argv[2] ?? process.env.CONTENT_FILE ?? EMBEDDED_DATASET)
  const documents = await readNdjson(file)
  const problems = await validateDataset(documents)
  for (const problem of problems) console.log(formatProblem(problem))
  const errors = problems.filter((problem) => problem.level === 'error').length
  const warnings = problems.length - errors
  console.log(`Checked ${documents.length} documents in ${file}: ${errors} errors, ${warnings} warnings.`)
  if (errors > 0) process.exitCode = 1
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main()
}
