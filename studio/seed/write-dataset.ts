/**
 * Writes the embedded dataset, `studio/seed/production.ndjson`, from the readable sources in
 * `source/`, with the sample PDFs and cover images beside it. The file is in Sanity's export
 * format: `sanity dataset import seed/production.ndjson <dataset>` loads it, assets included
 * (their `file://./` paths are read relative to this folder).
 *
 * Run `pnpm --filter studio seed` after changing anything in `source/`.
 */
import {mkdir, writeFile} from 'node:fs/promises'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {buildDataset} from './source/dataset'
import {sampleCover, samplePdf} from './source/sample-assets'

const here = dirname(fileURLToPath(import.meta.url))

export const DATASET_FILE = join(here, 'production.ndjson')

async function main() {
  const {documents, assets} = buildDataset()
  for (const asset of assets) {
    const path = join(here, asset.path)
    await mkdir(dirname(path), {recursive: true})
    const bytes = asset.kind === 'pdf' ? await samplePdf(asset.title, asset.pages) : await sampleCover(asset.title)
    await writeFile(path, bytes)
  }
  await writeFile(DATASET_FILE, documents.map((doc) => JSON.stringify(doc)).join('\n') + '\n')
  console.log(`Wrote ${documents.length} documents and ${assets.length} sample files to ${here}`)
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await main()
}
