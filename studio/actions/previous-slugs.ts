import {useDocumentOperation, type DocumentActionComponent, type SanityDocument} from 'sanity'

const slugOf = (document: SanityDocument | null): string | undefined => {
  const current = (document?.slug as {current?: unknown} | undefined)?.current
  return typeof current === 'string' && current ? current : undefined
}

/**
 * The earlier web addresses a document has once the draft is published: the published slug is
 * added when the draft's differs, and the new slug leaves the list (an address taken back is a
 * page again, not a redirect). Null when publishing changes nothing here.
 */
export function previousSlugsOnPublish(published: SanityDocument | null, draft: SanityDocument | null): string[] | null {
  const before = slugOf(published)
  const after = slugOf(draft)
  if (!before || !after || before === after) return null
  const kept = Array.isArray(draft?.previousSlugs) ? draft.previousSlugs.filter((slug): slug is string => typeof slug === 'string') : []
  return [...new Set([...kept, before])].filter((slug) => slug !== after)
}

const wrapped = new WeakMap<DocumentActionComponent, DocumentActionComponent>()

/**
 * Sanity's Publish, which first records the published web address in `previousSlugs` when the
 * draft changes it, so the site redirects the old address (`site/src/integrations/redirects.ts`).
 */
export function keepingPreviousSlugs(publish: DocumentActionComponent): DocumentActionComponent {
  // One wrapper per action, so React keeps the action's state each time the actions are resolved.
  const known = wrapped.get(publish)
  if (known) return known
  const PublishKeepingPreviousSlugs: DocumentActionComponent = (props) => {
    const {patch} = useDocumentOperation(props.id, props.type)
    const description = publish(props)
    if (!description?.onHandle) return description
    const onHandle = description.onHandle
    return {
      ...description,
      onHandle: () => {
        const previousSlugs = props.version ? null : previousSlugsOnPublish(props.published, props.draft)
        // The patch goes into the draft's pending mutations, which Publish sends before it publishes.
        if (previousSlugs) patch.execute([{set: {previousSlugs}}])
        onHandle()
      },
    }
  }
  PublishKeepingPreviousSlugs.action = publish.action
  wrapped.set(publish, PublishKeepingPreviousSlugs)
  return PublishKeepingPreviousSlugs
}
