/**
 * Writes the embedded dataset, `studio/seed/production.ndjson`, from the readable sources in
 * `source/`, with the sample PDFs and cover images beside it. The file is in Sanity's export
 * format: `sanity dataset import seed/production.ndjson <dataset>` loads it, assets included
 * (their `file://./` paths are read relative to this folder).
 *
 * Run `pnpm --filter studio seed` after changing anything in `source/`.
 */
import {EMBEDDED_DATASET, EMBEDDED_DATASET_FOLDER, formatNdjson} from '@cast/schemas/dataset'
import {mkdir, writeFile} from 'node:fs/promises'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {buildDataset} from './source/dataset'
import {sampleCover, samplePdf} from './source/sample-assets'

async function main() {
  const {documents, assets} = buildDataset()
  for (const asset of assets) {
    const path = join(EMBEDDED_DATASET_FOLDER, asset.path)
    await mkdir(dirname(path), {recursive: true})
    const bytes = asset.kind === 'pdf' ? await samplePdf(asset.title, asset.pages) : await sampleCover(asset.title)
    await writeFile(path, bytes)
  }
  await writeFile(EMBEDDED_DATASET, formatNdjson(documents))
  console.log(`Wrote ${documents.length} documents and ${assets.length} sample files to ${EMBEDDED_DATASET_FOLDER}`)
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await main()
}
