import {readFile} from 'node:fs/promises'

/** A document as a dataset file stores it. */
export interface DatasetDocument {
  _id: string
  _type: string
  [field: string]: unknown
}

/** A dataset file that cannot be used; the message names the file and, where it can, the line. */
export class DatasetFileError extends Error {
  override name = 'DatasetFileError'
}

/** Parses NDJSON in Sanity's export format: one document per line, each with `_id` and `_type`. */
export function parseNdjson(text: string, file: string): DatasetDocument[] {
  const documents: DatasetDocument[] = []
  const lines = text.split('\n')
  for (const [index, line] of lines.entries()) {
    if (line.trim() === '') continue
    const where = `${file}, line ${index + 1}`
    let value: unknown
    try {
      value = JSON.parse(line)
    } catch (cause) {
      throw new DatasetFileError(`${where} is not valid JSON (${(cause as Error).message}).`, {cause})
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw new DatasetFileError(`${where} is not a document: every line must be a JSON object.`)
    }
    const {_id, _type} = value as Record<string, unknown>
    if (typeof _id !== 'string' || !_id) throw new DatasetFileError(`${where} has no _id.`)
    if (typeof _type !== 'string' || !_type) throw new DatasetFileError(`${where} (${_id}) has no _type.`)
    documents.push(value as DatasetDocument)
  }
  return documents
}

/** The documents of an NDJSON file; errors name the file and the line. */
export async function readNdjson(file: string): Promise<DatasetDocument[]> {
  return parseNdjson(await readFile(file, 'utf8'), file)
}

/** Documents as NDJSON, one per line, ending with a newline, as `sanity dataset export` writes them. */
export function formatNdjson(documents: readonly object[]): string {
  return documents.map((document) => JSON.stringify(document)).join('\n') + '\n'
}
