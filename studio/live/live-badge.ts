import type {DocumentBadgeComponent, DocumentBadgeDescription} from 'sanity'
import type {LiveState} from './live-state'
import {useLiveState} from './use-live-state'

const COLORS: Record<LiveState['tone'], DocumentBadgeDescription['color']> = {
  positive: 'success',
  primary: 'primary',
  caution: 'warning',
  critical: 'danger',
  neutral: undefined,
}

/** Whether the document is on the public site: the label on the badge, the details in its tooltip. */
export const LiveBadge: DocumentBadgeComponent = (props) => {
  const live = useLiveState(props)
  if (!live) return null
  return {label: live.label, ...(live.detail ? {title: live.detail} : {}), ...(COLORS[live.tone] ? {color: COLORS[live.tone]} : {})}
}
