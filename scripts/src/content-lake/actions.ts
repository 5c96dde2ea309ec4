import type {DatasetDocument} from '@cast/schemas/dataset'
import type {LakeMutation, LakeStore} from './store'

/** One document action as `/data/actions` takes it (`sanity.action.document.publish` …). */
export interface LakeAction {
  actionType: string
  draftId?: string
  publishedId?: string
  versionId?: string
  attributes?: DatasetDocument
  document?: DatasetDocument
  patch?: Record<string, unknown>
  includeDrafts?: string[]
}

function required(action: LakeAction, key: 'draftId' | 'publishedId' | 'versionId'): string {
  const value = action[key]
  if (typeof value !== 'string') throw new Error(`Action ${action.actionType}: "${key}" is missing`)
  return value
}

function existing(store: LakeStore, id: string, action: LakeAction): DatasetDocument {
  const document = store.get(id)
  if (!document) throw new Error(`Action ${action.actionType}: document "${id}" does not exist`)
  return document
}

/** Strips what the lake sets itself, so a copy can be created under another id. */
function content({_rev: _, _updatedAt: __, ...rest}: DatasetDocument) {
  return rest
}

/**
 * The mutations a document action stands for, as the Content Lake carries them out: publishing
 * moves the draft onto the published id, editing starts a draft from the published document.
 */
export function actionMutations(store: LakeStore, action: LakeAction): LakeMutation[] {
  switch (action.actionType) {
    case 'sanity.action.document.create':
    case 'sanity.action.document.version.create': {
      const document = action.attributes ?? action.document
      const id = document?._id ?? action.versionId ?? action.draftId
      if (!document || !id) throw new Error(`Action ${action.actionType}: no document (attributes or document with an _id)`)
      return [{create: {...document, _id: id}}]
    }
    case 'sanity.action.document.edit': {
      const draftId = required(action, 'draftId')
      const start = store.get(draftId)
        ? []
        : [{create: {...content(existing(store, required(action, 'publishedId'), action)), _id: draftId}}]
      return [...start, {patch: {...action.patch, id: draftId}}]
    }
    case 'sanity.action.document.publish': {
      const publishedId = required(action, 'publishedId')
      const draft = existing(store, required(action, 'draftId'), action)
      return [{createOrReplace: {...content(draft), _id: publishedId}}, {delete: {id: draft._id}}]
    }
    case 'sanity.action.document.unpublish': {
      const draftId = required(action, 'draftId')
      const published = existing(store, required(action, 'publishedId'), action)
      return [{createIfNotExists: {...content(published), _id: draftId}}, {delete: {id: published._id}}]
    }
    case 'sanity.action.document.discard':
    case 'sanity.action.document.version.discard': {
      const id = action.versionId ?? required(action, 'draftId')
      existing(store, id, action)
      return [{delete: {id}}]
    }
    case 'sanity.action.document.delete': {
      const ids = [required(action, 'publishedId'), ...(action.includeDrafts ?? [])].filter((id) => store.get(id))
      return ids.map((id) => ({delete: {id}}))
    }
    case 'sanity.action.document.replaceDraft':
    case 'sanity.action.document.version.replace': {
      const document = action.attributes ?? action.document
      if (!document?._id) throw new Error(`Action ${action.actionType}: no document (attributes or document with an _id)`)
      return [{createOrReplace: document}]
    }
    default:
      throw new Error(`Action "${action.actionType}" is not supported by the Content Lake stand-in`)
  }
}
