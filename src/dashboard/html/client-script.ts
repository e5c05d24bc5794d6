/**
 * The dashboard's only script, inlined (its hash is in the page's Content-Security-Policy). It
 * filters rows and articles the page already holds; it never builds markup from data, so nothing
 * from a record can become code. Without it the page shows everything, unfiltered.
 */
export const CLIENT_SCRIPT = `(() => {
  'use strict'
  const byId = (id) => document.getElementById(id)
  const plural = (n, one, many) => n + ' ' + (n === 1 ? one : many)

  const filters = byId('history-filters')
  if (filters) {
    const rows = Array.from(document.querySelectorAll('table.history tbody tr'))
    const count = byId('history-count')
    const selects = ['environment', 'operation', 'result'].map((name) => [name, byId('filter-' + name)])
    const apply = () => {
      let shown = 0
      for (const row of rows) {
        const match = selects.every(([name, select]) => !select.value || row.dataset[name] === select.value)
        row.hidden = !match
        if (match) shown++
      }
      count.textContent = shown === rows.length
        ? plural(rows.length, 'operation', 'operations')
        : shown + ' of ' + plural(rows.length, 'operation', 'operations') + ' shown'
    }
    for (const [, select] of selects) select.addEventListener('change', apply)
    filters.addEventListener('submit', (event) => event.preventDefault())
    filters.hidden = false
  }

  const storyForm = byId('story-form')
  const input = byId('story-search')
  if (storyForm && input) {
    const results = byId('story-results')
    const stories = Array.from(results.querySelectorAll('.story'))
    const status = byId('story-count')
    const MOST = 20
    const search = () => {
      const query = input.value.trim().toLowerCase()
      // The story with exactly this ID first, then the others that contain the text.
      const exact = stories.find((story) => story.dataset.story === query)
      if (exact) results.prepend(exact)
      let found = 0
      for (const story of results.querySelectorAll('.story')) {
        const match = query !== '' && story.dataset.story.includes(query)
        if (match) found++
        story.hidden = !match || found > MOST
      }
      status.textContent = query === ''
        ? plural(stories.length, 'story', 'stories') + ' known: type a story ID'
        : found === 0
          ? 'No story matches ' + input.value.trim()
          : plural(found, 'story matches', 'stories match') + ' ' + input.value.trim() +
            (found > MOST ? ' (the first ' + MOST + ' shown)' : '')
    }
    input.addEventListener('input', search)
    storyForm.addEventListener('submit', (event) => {
      event.preventDefault()
      search()
    })
    const linked = /^#story=(.+)$/.exec(location.hash)
    if (linked) {
      try {
        input.value = decodeURIComponent(linked[1])
      } catch {
        input.value = linked[1]
      }
    }
    storyForm.hidden = false
    search()
  }
})()
`
