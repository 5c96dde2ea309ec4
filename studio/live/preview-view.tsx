import {API_VERSION} from '@cast/schemas/rules/api-version'
import {createPreviewSecret} from '@sanity/preview-url-secret/create-secret'
import {Card, Flex, Spinner, Stack, Text} from '@sanity/ui'
import {useEffect, useRef, useState} from 'react'
import {useClient, useCurrentUser, type SanityClient} from 'sanity'
import type {UserViewComponent} from 'sanity/structure'
import {siteUrl} from '../env'
import {PreviewUnavailable, previewAddress, previewState, requestPreview} from './preview-service'
import type {PreviewState} from '@cast/schemas/rules/preview-state'
import {useSiteSnapshot} from './use-live-state'

/** After an edit, the preview is asked for again once the typing has paused this long. */
const EDIT_PAUSE_MS = 800
/** How often the view asks how the preview build is going, while it runs. */
const STATE_POLL_MS = 300
/** A secret is renewed this long before it expires (after an hour). */
const SECRET_MARGIN_MS = 5 * 60_000

interface HeldSecret {
  secret: string
  expiresAt: Date
}

/** One secret for the whole Studio session, renewed before it expires. */
let secret: Promise<HeldSecret> | null = null

function previewSecret(client: SanityClient, userId: string | undefined, renew = false): Promise<HeldSecret> {
  const current = secret
  if (!renew && current) {
    return current.then((held) => (held.expiresAt.getTime() - Date.now() > SECRET_MARGIN_MS ? held : previewSecret(client, userId, true)))
  }
  const created = createPreviewSecret(client, 'cast-studio-preview', window.location.href, userId)
  // A secret that could not be created is asked for again next time.
  secret = created.catch((error: unknown) => {
    secret = null
    throw error
  })
  return secret
}

type ViewState =
  | {kind: 'waiting'}
  | {kind: 'building'; built: PreviewState['built']}
  | {kind: 'ready'; built: NonNullable<PreviewState['built']>; secret: string}
  | {kind: 'failed'; message: string; built: PreviewState['built']; secret?: string}
  | {kind: 'unavailable'; message: string; unreachable?: boolean}

const NO_SITE = 'The Studio does not know the site’s address (SANITY_STUDIO_SITE_URL), so it cannot show previews.'
const NO_SERVICE =
  'Previews are built by the site’s rebuild service. This site is hosted without it (on a CDN, pages are built only when you publish), so there is no preview here: publish, then open the page on the site.'

/**
 * The "Preview" view beside a document's form: the page as the real site renders it from the
 * draft, built by the rebuild service on opening and again after each saved edit. The frame shows
 * the last good preview while a new one builds.
 */
export const PreviewView: UserViewComponent = ({document, documentId}) => {
  const client = useClient({apiVersion: API_VERSION})
  const user = useCurrentUser()
  const [state, setView] = useState<ViewState>(siteUrl ? {kind: 'waiting'} : {kind: 'unavailable', message: NO_SITE})
  // The revision the preview should show: the draft's, or the published document's without one.
  const wanted = document.draft?._rev ?? document.published?._rev ?? ''
  const run = useRef(0)
  // The first preview is asked for as the view opens; later ones once typing pauses.
  const asked = useRef(false)

  useEffect(() => {
    if (!siteUrl) return
    const mine = ++run.current
    const current = () => mine === run.current
    const timer = setTimeout(() => {
      void (async () => {
        let held: string
        try {
          held = (await previewSecret(client, user?.id)).secret
          await requestPreview(siteUrl, documentId, held).catch(async (error: unknown) => {
            if (!(error instanceof PreviewUnavailable && error.reason === 'secret')) throw error
            // The service may have seen the secret expire: one new secret, one more try.
            held = (await previewSecret(client, user?.id, true)).secret
            await requestPreview(siteUrl, documentId, held)
          })
        } catch (error) {
          if (!current()) return
          const reason = error instanceof PreviewUnavailable ? error.reason : undefined
          const message = reason === 'no-service' ? NO_SERVICE : `The preview could not be asked for: ${(error as Error).message}`
          setView({kind: 'unavailable', message, ...(reason === 'unreachable' ? {unreachable: true} : {})})
          return
        }
        while (current()) {
          let state: PreviewState
          try {
            state = await previewState(siteUrl, documentId, held)
          } catch (error) {
            if (current()) setView((before) => ({kind: 'failed', message: (error as Error).message, built: 'built' in before ? before.built : null}))
            return
          }
          if (!current()) return
          const done = !state.building && !state.queued
          if (done && state.error) return setView({kind: 'failed', message: state.error, built: state.built, secret: held})
          if (done && state.built) return setView({kind: 'ready', built: state.built, secret: held})
          setView((before) => ({kind: 'building', built: 'built' in before ? before.built : null}))
          await new Promise((resolve) => setTimeout(resolve, STATE_POLL_MS))
        }
      })()
    }, asked.current ? EDIT_PAUSE_MS : 0)
    asked.current = true
    return () => {
      clearTimeout(timer)
      run.current++
    }
  }, [client, documentId, user?.id, wanted])

  // A static host answers POST /preview with an error no other origin may read; with no /status
  // either, the site has no rebuild service, and the view says so rather than "did not answer".
  const snapshot = useSiteSnapshot()
  let view = state
  if (view.kind === 'unavailable' && view.unreachable && snapshot?.loaded && snapshot.status === null) view = {kind: 'unavailable', message: NO_SERVICE}
  const shown = view.kind === 'ready' ? view : view.kind === 'failed' && view.built && view.secret ? {built: view.built, secret: view.secret} : null
  return (
    <Flex direction="column" height="fill">
      <Card padding={3} borderBottom tone={view.kind === 'failed' ? 'critical' : view.kind === 'unavailable' ? 'caution' : 'transparent'} data-testid="preview-status">
        <Flex align="center" gap={2}>
          {view.kind === 'waiting' || view.kind === 'building' ? <Spinner muted /> : null}
          <div style={{flex: 1}}>
            <Stack gap={2}>
              <Text size={1} weight="medium">
                {statusLine(view)}
              </Text>
              {view.kind === 'failed' || view.kind === 'unavailable' ? <Text size={1}>{view.message}</Text> : null}
            </Stack>
          </div>
        </Flex>
      </Card>
      {shown && siteUrl ? (
        <div style={{flex: 1}}>
          <iframe
            title="Preview of the page"
            data-testid="preview-frame"
            src={previewAddress(siteUrl, documentId, shown.secret, shown.built)}
            style={{border: 0, width: '100%', height: '100%'}}
          />
        </div>
      ) : null}
    </Flex>
  )
}

function statusLine(view: ViewState): string {
  switch (view.kind) {
    case 'waiting':
      return 'Asking the site for a preview…'
    case 'building':
      return 'Building the preview…'
    case 'ready':
      return `Preview of the ${view.built.fromDraft ? 'draft' : 'published version (no unpublished changes)'}, built ${new Date(view.built.builtAt).toLocaleTimeString('en-US', {timeStyle: 'short'})}. Not published.`
    case 'failed':
      return 'The preview could not be built'
    case 'unavailable':
      return 'No preview'
  }
}
