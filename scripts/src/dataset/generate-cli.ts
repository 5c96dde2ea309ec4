/**
 * Writes a synthetic dataset (NDJSON) of the given size.
 *
 *   pnpm --filter scripts generate <size> [--seed N] [--out file.ndjson]
 */
import {formatNdjson} from '@cast/schemas/dataset'
import {writeFile} from 'node:fs/promises'
import {resolve} from 'node:path'
import {parseArgs} from 'node:util'
import {generateDataset} from './generate'

const {positionals, values} = parseArgs({allowPositionals: true, options: {seed: {type: 'string', default: '1'}, out: {type: 'string'}}})
const size = Number(positionals[0])
if (!Number.isInteger(size) || size < 20) {
  console.error('Give the number of documents, at least 20: pnpm --filter scripts generate 1000 [--seed N] [--out file.ndjson]')
  process.exit(1)
}
const out = resolve(values.out ?? `dataset-${size}.ndjson`)
const documents = await generateDataset({size, seed: Number(values.seed)})
await writeFile(out, formatNdjson(documents))
console.log(`Wrote ${documents.length} documents to ${out}`)
