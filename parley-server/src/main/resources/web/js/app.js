// Parley's web UI: a hash router over page modules. Each page renders into #view from API data.
import {el, clear} from './dom.js';
import {disposeAll} from './charts.js';
import {overview} from './pages/overview.js';
import {person} from './pages/person.js';
import {issues, issue} from './pages/issue.js';
import {timeline} from './pages/timeline.js';
import {search} from './pages/search.js';
import {article} from './pages/article.js';
import {stories, story, conflict} from './pages/story.js';
import {quotes} from './pages/quotes.js';
import {stances} from './pages/stances.js';
import {corrections} from './pages/corrections.js';

const PAGES = {'': overview, overview, person, issues, issue, timeline, search, article, stories, story, conflict, quotes,
  stances, corrections};
/** Pages that light up another page's nav link. */
const NAV_PARENT = {issue: 'issues', story: 'stories', conflict: 'stories'};

/** '#/person/abc?x=1' -> {name: 'person', segment: 'abc', params: URLSearchParams} */
export function parseHash(hash) {
  const h = (hash || '').replace(/^#\/?/, '');
  const [path, query] = h.split('?', 2);
  const [name, ...rest] = path.split('/');
  const segment = rest.length ? decodeURIComponent(rest.join('/')) : undefined;
  return {name: name || '', segment, params: new URLSearchParams(query || '')};
}

let renders = 0;

async function render() {
  const view = document.getElementById('view');
  const mine = ++renders;
  const {name, segment, params} = parseHash(location.hash);
  const page = PAGES[name];
  disposeAll();
  clear(view);
  document.querySelectorAll('#nav a').forEach(a => {
    const current = a.dataset.page === (NAV_PARENT[name] || name || 'overview');
    if (current) a.setAttribute('aria-current', 'page'); else a.removeAttribute('aria-current');
  });
  if (!page) {
    view.appendChild(el('p', {class: 'error'}, 'No such page: ' + name));
    return;
  }
  // Each render gets its own box: a slow page still loading when the user moves on fills a detached box.
  const root = el('div', {class: 'page'});
  view.appendChild(root);
  view.dataset.page = name || 'overview';
  view.dataset.state = 'loading';
  try {
    await page(root, segment, params);
    // Every page is titled by its heading, so tabs, history and bookmarks tell pages apart.
    if (mine === renders) document.title = (root.querySelector('h1')?.textContent || 'Overview') + ' · Parley';
    if (mine === renders) view.dataset.state = 'ready';
  } catch (e) {
    root.appendChild(el('p', {class: 'error'}, 'Could not load this page: ' + e.message));
    if (mine === renders) view.dataset.state = 'error';
  }
}

window.addEventListener('hashchange', render);
render();
