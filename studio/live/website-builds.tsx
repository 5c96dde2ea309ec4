import {Badge, Card, Stack, Text} from '@sanity/ui'
import type {PublicBuild} from '@cast/schemas/rules/public-build'
import {when} from './live-state'
import {inWords} from './website-time'

/** What started a build, in staff's words. */
const TRIGGERS: Record<string, string> = {
  webhook: 'Publish',
  rebuild: 'Rebuild requested',
  schedule: 'Scheduled change',
  startup: 'Service started',
  recovery: 'Recovery',
}

/** Documents named in a row before "and N more". */
const SHOWN_DOCUMENTS = 5

const cell = {padding: '0.5rem 0.75rem', textAlign: 'left', verticalAlign: 'top'} as const

/** The service's recent builds, newest first: when, why, what they covered and how they ended. */
export function WebsiteBuilds({builds, now}: {builds: PublicBuild[]; now: Date}) {
  return (
    <Card padding={4} radius={2} border>
      <Stack gap={4}>
        <Text as="h2" size={2} weight="semibold">
          Recent builds
        </Text>
        {builds.length === 0 ? (
          <Text muted>No builds yet.</Text>
        ) : (
          <table style={{borderCollapse: 'collapse', width: '100%'}}>
            <thead>
              <tr>
                {['Finished', 'Started by', 'Result', 'Documents'].map((heading) => (
                  <th key={heading} scope="col" style={cell}>
                    <Text size={1} weight="semibold">
                      {heading}
                    </Text>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {builds.map((build) => (
                <BuildRow key={`${build.startedAt}-${build.finishedAt}`} build={build} now={now} />
              ))}
            </tbody>
          </table>
        )}
      </Stack>
    </Card>
  )
}

function BuildRow({build, now}: {build: PublicBuild; now: Date}) {
  const ok = build.result === 'ok'
  const more = build.documents.length - SHOWN_DOCUMENTS
  return (
    <tr data-testid="website-build">
      <td style={cell}>
        <Text size={1} title={when(build.finishedAt)}>
          {inWords(build.finishedAt, now)}
        </Text>
      </td>
      <td style={cell}>
        <Text size={1}>{TRIGGERS[build.trigger] ?? build.trigger}</Text>
      </td>
      <td style={cell}>
        <Stack gap={2}>
          <div>
            <Badge tone={ok ? 'positive' : 'critical'}>{ok ? 'Built' : 'Failed'}</Badge>
          </div>
          {build.reason ? <Text size={1}>{build.reason}</Text> : null}
        </Stack>
      </td>
      <td style={cell}>
        <Text size={1}>
          {build.documents.length === 0
            ? 'Whole site'
            : `${build.documents.length}: ${build.documents.slice(0, SHOWN_DOCUMENTS).join(', ')}${more > 0 ? ` and ${more} more` : ''}`}
        </Text>
      </td>
    </tr>
  )
}
