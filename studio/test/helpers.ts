import {EMBEDDED_DATASET, readNdjson, type DatasetDocument} from '@cast/schemas/dataset'
import {validateDataset, type DatasetProblem} from '../dataset/validate'

export const seed = await readNdjson(EMBEDDED_DATASET)

export function seedDocument(id: string): DatasetDocument {
  const document = seed.find((doc) => doc._id === id)
  if (!document) throw new Error(`The embedded dataset has no document ${id}`)
  return structuredClone(document)
}

/**
 * Validates one document in the company of the whole embedded dataset (so references and slug
 * uniqueness are checked against real neighbours) and returns its errors.
 */
export async function errorsOf(document: DatasetDocument, extra: DatasetDocument[] = []): Promise<DatasetProblem[]> {
  const others = seed.filter((doc) => doc._id !== document._id)
  const problems = await validateDataset([...others, ...extra, document])
  return problems.filter((problem) => problem.id === document._id && problem.level === 'error')
}
