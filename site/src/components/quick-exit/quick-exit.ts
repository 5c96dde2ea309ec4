/**
 * Enhances the quick exit link: leave with `location.replace` so this page drops out of the
 * session history, and listen for Shift pressed three times (as GOV.UK's "Exit this page"
 * does), which works wherever focus is.
 */

const PRESSES = 3
/** Presses further apart than this start the count again. */
const WINDOW_MS = 5000
const started = new WeakSet<HTMLElement>()

export function startQuickExit(root: HTMLElement): void {
  // Guard against starting twice: the module may be imported by more than one component.
  if (started.has(root)) return
  started.add(root)
  const link = root.querySelector<HTMLAnchorElement>('[data-quick-exit-link]')
  const status = root.querySelector<HTMLElement>('[data-quick-exit-status]')
  if (!link) return

  const leave = () => {
    // Announce, then hide the page at once: someone may be looking over the visitor's shoulder.
    if (status) status.textContent = root.dataset.leaving ?? ''
    document.documentElement.classList.add('quick-exit--leaving')
    window.location.replace(link.href)
  }

  link.addEventListener('click', (event) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return
    event.preventDefault()
    leave()
  })

  let presses = 0
  let timer: number | undefined
  document.addEventListener('keyup', (event) => {
    if (event.key !== 'Shift') {
      presses = 0
      return
    }
    presses += 1
    window.clearTimeout(timer)
    timer = window.setTimeout(() => (presses = 0), WINDOW_MS)
    if (presses >= PRESSES) {
      presses = 0
      leave()
    }
  })

  // When Back restores this page from the back/forward cache, show it again.
  window.addEventListener('pageshow', () => {
    document.documentElement.classList.remove('quick-exit--leaving')
    if (status) status.textContent = ''
    presses = 0
  })
}
