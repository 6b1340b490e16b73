// ECharts from the WebJar served by this server (no CDN). Tooltips are built by our own formatters from escaped
// text, so names from articles never become markup.
import * as echarts from '/webjars/echarts/5.3.1/dist/echarts.esm.min.js';
import {el} from './dom.js';

const live = new Set();
window.addEventListener('resize', () => live.forEach(c => c.resize()));

export function esc(s) {
  return String(s ?? '').replace(/[&<>"']/g, c => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}[c]));
}

export const POSITION_COLORS = {support: '#2e7d32', mixed: '#f9a825', neutral: '#78909c', oppose: '#c62828'};

/**
 * A chart box; ECharts starts once the box is in the page (it needs its size). `onClick(params)` gets clicks on
 * data items. Charts of pages left behind are disposed by disposeAll().
 */
export function chart(option, {height = 320, label = 'chart', onClick} = {}) {
  const node = el('div', {class: 'chart', role: 'img', 'aria-label': label});
  node.style.height = height + 'px';
  const start = () => {
    if (!node.isConnected) { requestAnimationFrame(start); return; }
    const instance = echarts.init(node, null, {renderer: 'canvas'});
    instance.setOption({animation: false, textStyle: {fontFamily: 'system-ui, sans-serif'}, ...option});
    if (onClick) instance.on('click', onClick);
    live.add(instance);
    node.dataset.ready = 'true';
  };
  requestAnimationFrame(start);
  return node;
}

export function disposeAll() {
  live.forEach(c => c.dispose());
  live.clear();
}
