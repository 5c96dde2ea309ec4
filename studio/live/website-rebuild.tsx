import {Button, Card, Stack, Text} from '@sanity/ui'
import {useState} from 'react'
import {useClient, useCurrentUser} from 'sanity'
import {API_VERSION} from '@cast/schemas/rules/api-version'
import {REBUILD_REQUEST_ID, REBUILD_REQUEST_TYPE} from '@cast/schemas/rules/rebuild-request'
import {isAdministrator} from '@cast/schemas/rules/roles'
import {when} from './live-state'

type Request = {state: 'idle' | 'sending'} | {state: 'sent'; at: string} | {state: 'failed'; message: string}

/**
 * "Rebuild now", for administrators only. The Studio holds no token of the rebuild service: it
 * writes the rebuild request document, Sanity's roles decide whether this user may, and the
 * signed webhook of that write asks the service for the build.
 */
export function RebuildNow() {
  const user = useCurrentUser()
  const client = useClient({apiVersion: API_VERSION})
  const [request, setRequest] = useState<Request>({state: 'idle'})
  if (!user || !isAdministrator(user)) return null

  const rebuild = async () => {
    setRequest({state: 'sending'})
    const at = new Date().toISOString()
    try {
      await client.createOrReplace({_id: REBUILD_REQUEST_ID, _type: REBUILD_REQUEST_TYPE, requestedAt: at, requestedBy: user.name})
      setRequest({state: 'sent', at})
    } catch (error) {
      setRequest({state: 'failed', message: (error as Error).message})
    }
  }

  return (
    <Card padding={4} radius={2} border>
      <Stack gap={4}>
        <Text muted>Builds the whole site again from the published content, for example after a build failed for a reason that is now fixed.</Text>
        <div>
          <Button text="Rebuild now" tone="primary" loading={request.state === 'sending'} onClick={() => void rebuild()} />
        </div>
        {/* Announced to screen readers when the answer arrives. */}
        <div role="status">
          {request.state === 'sent' ? <Text>Rebuild requested at {when(request.at)}; the build starts when the site hears of it.</Text> : null}
          {request.state === 'failed' ? (
            <Text>
              The rebuild request (document {REBUILD_REQUEST_ID}) could not be saved: {request.message}. Try again, or ask the person who manages Sanity whether your role may edit rebuild requests.
            </Text>
          ) : null}
        </div>
      </Stack>
    </Card>
  )
}
