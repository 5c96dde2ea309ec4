import type {DocumentActionComponent} from 'sanity'
import {siteUrl} from '../env'
import {useLiveState} from './use-live-state'

/**
 * Opens the document's page on the public site in a new tab, at the address the live build gave
 * it; disabled, saying why, while the site has no page for it.
 */
export const OpenOnSite: DocumentActionComponent = (props) => {
  const live = useLiveState(props)
  const href = live?.href
  if (!href) {
    const why = !live ? 'Waiting for the site to answer.' : live.state === 'live' ? 'It has no page of its own: it shows on the pages that list it.' : (live.detail ?? live.label)
    return {label: 'Open on the site', disabled: true, title: `No page on the site to open. ${why}`}
  }
  const address = `${siteUrl}${href}`
  return {label: 'Open on the site', title: address, onHandle: () => void window.open(address, '_blank', 'noopener,noreferrer')}
}
