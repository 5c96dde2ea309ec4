import {Card, Stack, Text} from '@sanity/ui'
import type {useSiteSnapshot} from './use-live-state'
import {inWords} from './website-time'

type Snapshot = NonNullable<ReturnType<typeof useSiteSnapshot>>

/**
 * What is live (the time in the site's `build.json`) and what is under way (the service's
 * status). On a host without the rebuild service there is no status: it says so.
 */
export function WebsiteNow({site, snapshot}: {site: string; snapshot: Snapshot}) {
  const {build, buildError, status, at} = snapshot
  return (
    <Card padding={4} radius={2} border tone={build ? 'default' : 'caution'}>
      <Stack gap={4}>
        <Text>
          {build ? (
            <>
              Live on <a href={site}>{site}</a>: built {inWords(build.builtAt, at)}.
            </>
          ) : (
            `The site's build.json could not be read (${buildError ?? 'no answer'}), so what is live is unknown. Check that ${site} is up and lets the Studio read /build.json.`
          )}
        </Text>
        <Text muted>{underWay(status, at)}</Text>
      </Stack>
    </Card>
  )
}

function underWay(status: Snapshot['status'], now: Date): string {
  if (!status) return 'This host has no rebuild service (no /status), so builds are not listed here: your host shows them.'
  if (status.building) return `A build is running: it started ${inWords(status.building.startedAt, now)}.`
  if (status.queue.pendingEvents > 0) {
    const changes = status.queue.pendingEvents === 1 ? '1 change waits' : `${status.queue.pendingEvents} changes wait`
    return `${changes} for the next build${status.queue.nextBuildAt ? `, which starts ${inWords(status.queue.nextBuildAt, now)}` : ''}.`
  }
  return 'No build is running or waiting.'
}
