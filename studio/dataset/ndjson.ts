import {readFile} from 'node:fs/promises'

export interface DatasetDocument {
  _id: string
  _type: string
  [field: string]: unknown
}

/** Thrown for a dataset file that cannot be read as documents; says which line and why. */
export class DatasetFormatError extends Error {
  override name = 'DatasetFormatError'
}

/** Parses NDJSON in Sanity's export format: one document per line, each with `_id` and `_type`. */
export function parseNdjson(text: string, file: string): DatasetDocument[] {
  const documents: DatasetDocument[] = []
  const lines = text.split('\n')
  lines.forEach((line, index) => {
    if (line.trim() === '') return
    const where = `${file}, line ${index + 1}`
    let value: unknown
    try {
      value = JSON.parse(line)
    } catch (cause) {
      throw new DatasetFormatError(`${where} is not valid JSON: ${(cause as Error).message}`, {cause})
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw new DatasetFormatError(`${where} is not a document: expected a JSON object.`)
    }
    const {_id, _type} = value as Record<string, unknown>
    if (typeof _id !== 'string' || _id === '') throw new DatasetFormatError(`${where} has no _id.`)
    if (typeof _type !== 'string' || _type === '') throw new DatasetFormatError(`${where} (${_id}) has no _type.`)
    documents.push(value as DatasetDocument)
  })
  return documents
}

export async function readNdjson(file: string): Promise<DatasetDocument[]> {
  return parseNdjson(await readFile(file, 'utf8'), file)
}
