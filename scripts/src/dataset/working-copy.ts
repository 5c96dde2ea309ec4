import {copyDatasetAssets, EMBEDDED_DATASET, EMBEDDED_DATASET_FOLDER, formatNdjson, readNdjson, type DatasetDocument} from '@cast/schemas/dataset'
import {copyFile, rename, writeFile} from 'node:fs/promises'
import {join} from 'node:path'

/**
 * A writable copy of the embedded dataset, with its sample files, that tests and benchmarks
 * change as publishing in the Studio would. Returns the NDJSON path.
 */
export async function copySeed(dir: string): Promise<string> {
  await copyDatasetAssets(EMBEDDED_DATASET_FOLDER, dir)
  const file = join(dir, 'content.ndjson')
  await copyFile(EMBEDDED_DATASET, file)
  return file
}

/** Changes one document in an NDJSON file, as publishing in the Studio would. */
export async function editDocument(file: string, id: string, change: (doc: DatasetDocument) => DatasetDocument): Promise<void> {
  const documents = await readNdjson(file)
  if (!documents.some((doc) => doc._id === id)) throw new Error(`No document ${id} in ${file}: give the _id of a document in it.`)
  const edited = documents.map((doc) => (doc._id === id ? change(doc) : doc))
  // Written to a new file and renamed, as an export would be, so a build never reads half a file.
  const temporary = `${file}.tmp`
  await writeFile(temporary, formatNdjson(edited))
  await rename(temporary, file)
}

/** Sets an FAQ entry's question. */
export const setQuestion = (file: string, id: string, question: string) => editDocument(file, id, (doc) => ({...doc, question}))
