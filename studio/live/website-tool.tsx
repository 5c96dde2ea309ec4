import {Card, Container, Heading, Stack, Text} from '@sanity/ui'
import {definePlugin} from 'sanity'
import {siteUrl} from '../env'
import {useSiteSnapshot} from './use-live-state'
import {WebsiteBuilds} from './website-builds'
import {RebuildNow} from './website-rebuild'
import {WebsiteNow} from './website-now'

/** The Website tool: what is live on the site, what is under way, the recent builds, and "Rebuild now". */
function WebsiteTool() {
  const snapshot = useSiteSnapshot()
  return (
    <Card height="fill" overflow="auto" padding={4}>
      <Container width={3}>
        <Stack gap={5}>
          <Heading as="h1" size={2}>
            Website
          </Heading>
          {snapshot?.loaded ? <WebsiteNow site={siteUrl} snapshot={snapshot} /> : <Text muted>Asking {siteUrl} what is live…</Text>}
          <RebuildNow />
          {snapshot?.status?.builds ? <WebsiteBuilds builds={snapshot.status.builds} now={snapshot.at} /> : null}
        </Stack>
      </Container>
    </Card>
  )
}

/** The Website tool, at `/website`, for every signed-in user; added only when the site's address is set. */
export const websiteTool = definePlugin({
  name: 'cast-website',
  tools: [{name: 'website', title: 'Website', component: WebsiteTool}],
})
