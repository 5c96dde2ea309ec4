import {copyFile, mkdir, readdir, readFile, rename, writeFile} from 'node:fs/promises'
import {join} from 'node:path'

export const SEED_DIR = join(import.meta.dirname, '..', '..', '..', 'studio', 'seed')

/** A writable copy of the embedded dataset, with its sample files, that a test may edit. */
export async function copySeed(dir: string): Promise<string> {
  for (const sub of ['files', 'images']) {
    await mkdir(join(dir, sub), {recursive: true})
    for (const name of await readdir(join(SEED_DIR, sub))) await copyFile(join(SEED_DIR, sub, name), join(dir, sub, name))
  }
  const file = join(dir, 'content.ndjson')
  await copyFile(join(SEED_DIR, 'production.ndjson'), file)
  return file
}

/** Changes one document in an NDJSON file, as publishing in the Studio would. */
export async function editDocument(file: string, id: string, change: (doc: Record<string, unknown>) => Record<string, unknown>): Promise<void> {
  const lines = (await readFile(file, 'utf8')).split('\n').filter(Boolean)
  let found = false
  const edited = lines.map((line) => {
    const doc = JSON.parse(line) as Record<string, unknown>
    if (doc._id !== id) return line
    found = true
    return JSON.stringify(change(doc))
  })
  if (!found) throw new Error(`No document ${id} in ${file}`)
  // Written to a new file and renamed, as an export would be, so a build never reads half a file.
  const temporary = `${file}.tmp`
  await writeFile(temporary, edited.join('\n') + '\n')
  await rename(temporary, file)
}

/** Sets an FAQ entry's question. */
export const setQuestion = (file: string, id: string, question: string) => editDocument(file, id, (doc) => ({...doc, question}))
