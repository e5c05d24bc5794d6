import { markup, joinHtml, type Html } from '../../html/escape.js'
import type { ContainsBasis } from '../../trace/story-lookup.js'
import type { StoryEntry } from '../model.js'
import { plural, storyHtml, timeHtml } from './format.js'

const BASIS: Record<ContainsBasis, string> = {
  listed: 'names it',
  history: 'in its history',
  'publication-order': 'published after one that names it'
}

function storyArticle(story: StoryEntry, index: number): Html {
  const id = `story-${index}`
  const running = story.environments.length
    ? markup`<ul>
        ${story.environments.map((e) => markup`<li><strong>${e.environment}</strong> runs ${e.version} (since ${timeHtml(e.deployedAt)})</li>`)}
      </ul>`
    : markup`<p>No environment runs it yet.</p>`
  const without = story.without.length
    ? markup`<p>
        Without it:
        ${joinHtml(story.without.map((w) => markup`${w.environment} (${w.version ?? 'nothing'})`))}
      </p>`
    : ''
  return markup`<article class="story" data-story="${story.id.toLowerCase()}" aria-labelledby="${id}">
    <h3 id="${id}">${storyHtml(story)}</h3>
    <h4>Environments</h4>
    ${running} ${without}
    <h4>Packages (${story.packages.length})</h4>
    <ul class="story-packages">
      ${story.packages.map((p) => markup`<li>${p.version} <span class="muted">${BASIS[p.basis]}</span></li>`)}
    </ul>
  </article> `
}

/**
 * The story search: every known story with the packages that contain it and the environments that
 * run one. Without JavaScript they are all listed; with it, a search shows the matches.
 */
export function storiesHtml(stories: readonly StoryEntry[]): Html {
  return markup`<section id="stories" aria-labelledby="stories-title">
    <h2 id="stories-title">Stories</h2>
    <p class="lead">Which packages contain a story, and which environments run it.</p>
    <form class="search" id="story-form" role="search" hidden>
      <label for="story-search">Story ID</label>
      <input
        id="story-search"
        type="search"
        autocomplete="off"
        spellcheck="false"
        placeholder="ABC-123"
        list="story-ids"
        aria-describedby="story-count"
      />
      <datalist id="story-ids">
        ${stories.map((s) => markup`<option value="${s.id}"></option>`)}
      </datalist>
    </form>
    <p id="story-count" role="status" aria-live="polite">
      ${plural(stories.length, 'story', 'stories')} known
    </p>
    <div id="story-results">${stories.map(storyArticle)}</div>
  </section>`
}
