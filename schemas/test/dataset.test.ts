import {mkdtemp, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {
  copyDatasetAssets,
  DatasetFileError,
  EMBEDDED_DATASET,
  EMBEDDED_DATASET_FOLDER,
  formatNdjson,
  isPublishedId,
  openDatasetFile,
  parseNdjson,
  readDatasetAsset,
  readNdjson,
} from '../dataset'

let work: string
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'cast-dataset-format-'))
})
afterAll(async () => {
  await rm(work, {recursive: true, force: true})
})

describe('NDJSON in Sanity’s export format', () => {
  it('names the file and line of each kind of broken line', () => {
    const problem = (text: string) => {
      try {
        parseNdjson(text, 'content.ndjson')
      } catch (error) {
        expect(error).toBeInstanceOf(DatasetFileError)
        return (error as Error).message
      }
      throw new Error(`parsed without a problem: ${text}`)
    }
    expect(problem('{"_id":"a","_type":"faq"}\n\n{oops')).toMatch(/^content\.ndjson, line 3 is not valid JSON \(.+\)\.$/)
    expect(problem('"text"')).toBe('content.ndjson, line 1 is not a document: every line must be a JSON object.')
    expect(problem('{"_type":"faq"}')).toBe('content.ndjson, line 1 has no _id.')
    expect(problem('{"_id":"a","_type":""}')).toBe('content.ndjson, line 1 (a) has no _type.')
  })

  it('writes what it reads: the embedded dataset is already in the written form', async () => {
    const text = await readFile(EMBEDDED_DATASET, 'utf8')
    const documents = await readNdjson(EMBEDDED_DATASET)
    expect(documents.length).toBeGreaterThan(20)
    expect(formatNdjson(documents)).toBe(text)
    expect(parseNdjson(formatNdjson(documents), 'again')).toEqual(documents)
  })
})

describe('which documents are public', () => {
  it.each([
    ['faq-what-is-cast', true],
    ['drafts.faq-what-is-cast', false],
    ['versions.rSpring.faq-what-is-cast', false],
    ['faq-drafts.like', true],
  ])('%s: %s', (id, published) => {
    expect(isPublishedId(id)).toBe(published)
  })
})

describe('a copy of the embedded dataset', () => {
  it('carries every asset its documents name, read from the copy’s own folder', async () => {
    const folder = join(work, 'copy')
    await copyDatasetAssets(EMBEDDED_DATASET_FOLDER, folder)
    const file = join(folder, 'data.ndjson')
    await writeFile(file, await readFile(EMBEDDED_DATASET))
    const {documents, assetFolder} = await openDatasetFile(file)
    expect(assetFolder).toBe(folder)
    const references = documents.flatMap((doc) =>
      Object.entries(doc)
        .filter(([, value]) => typeof (value as {_sanityAsset?: unknown})?._sanityAsset === 'string')
        .map(([field, value]) => ({place: {documentId: doc._id, field}, local: (value as {_sanityAsset: string})._sanityAsset})),
    )
    expect(references.length).toBeGreaterThan(0)
    for (const {place, local} of references) {
      const [copied, original] = await Promise.all([readDatasetAsset({local}, folder, place), readDatasetAsset({local}, EMBEDDED_DATASET_FOLDER, place)])
      expect(copied.equals(original), local).toBe(true)
    }
  })
})
