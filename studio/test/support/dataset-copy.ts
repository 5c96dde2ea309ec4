import {EMBEDDED_DATASET, formatNdjson, type DatasetDocument} from '@cast/schemas/dataset'
import {cp, mkdtemp, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {dirname, join} from 'node:path'
import {seed} from '../helpers'

/**
 * A copy of the embedded dataset, each document passed through `change`, in a folder of its own
 * with the dataset's files beside it. `remove` deletes the folder.
 */
export async function datasetCopy(change: (document: DatasetDocument) => DatasetDocument): Promise<{file: string; remove(): Promise<void>}> {
  const dir = await mkdtemp(join(tmpdir(), 'studio-dataset-'))
  const file = join(dir, 'dataset.ndjson')
  for (const folder of ['files', 'images']) await cp(join(dirname(EMBEDDED_DATASET), folder), join(dir, folder), {recursive: true})
  await writeFile(file, formatNdjson(seed.map(change)))
  return {file, remove: () => rm(dir, {recursive: true, force: true})}
}
