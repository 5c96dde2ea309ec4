import {useEffect, useState} from 'react'
import {useClient, type DocumentBadgeComponent} from 'sanity'
import {API_VERSION} from '@cast/schemas/rules/api-version'
import {METADATA_TYPE} from '@cast/schemas/rules/translations'
import {translationBadge, type TranslationBadgeState} from './translation-state'

interface Doc {
  _id: string
  _type: string
  [field: string]: unknown
}

/** The document's translation group and the published members of it. */
const GROUP_QUERY = `*[_type == "${METADATA_TYPE}" && $id in translations[].value._ref][0]{
  ...,
  "members": *[_id in ^.translations[].value._ref]{_id, _type, _updatedAt, language}
}`

type Group = Doc & {members: Doc[]}

// One object, so the Studio hands out the same client on every redraw.
const CLIENT_OPTIONS = {apiVersion: API_VERSION}

/**
 * "No Spanish version" on an original without a translation, "English changed since this was
 * translated" on a translation older than its original's last change. Read again whenever the
 * document is saved.
 */
export const TranslationBadge: DocumentBadgeComponent = ({id, type, draft, published}) => {
  const client = useClient(CLIENT_OPTIONS)
  const [state, setState] = useState<TranslationBadgeState | null>(null)
  const current = draft ?? published
  const revision = current?._rev
  // The same badge again redraws nothing.
  const update = (next: TranslationBadgeState | null) => setState((previous) => (JSON.stringify(previous) === JSON.stringify(next) ? previous : next))
  useEffect(() => {
    // Not saved yet: its language is still being chosen, and it has no translations to compare.
    if (!revision) return update(null)
    let active = true
    client
      .withConfig({perspective: 'raw'})
      .fetch<Group | null>(GROUP_QUERY, {id})
      .then(
        (group) => {
          const document = {...current, _id: id, _type: type} as Doc
          const {members = [], ...metadata} = group ?? {}
          if (active) update(translationBadge(document, group ? (metadata as Doc) : null, members))
        },
        (error: unknown) => {
          if (active) update({label: 'Translations not checked', tone: 'caution', detail: `Reading the translations of ${id} failed: ${error instanceof Error ? error.message : String(error)}. Reload the page to try again.`})
        },
      )
    return () => {
      active = false
    }
    // `current` changes with every keystroke; its revision only when it is saved.
  }, [client, id, type, revision])
  return state ? {label: state.label, title: state.detail, color: 'warning'} : null
}
