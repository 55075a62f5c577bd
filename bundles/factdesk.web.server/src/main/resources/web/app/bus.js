// Selection and commands between views: publish/subscribe by topic. The last event of each topic is kept, so a
// view mounted later (another perspective, a view installed at run time) starts from the current selection.

export function createBus() {
  const handlers = new Map();
  const last = new Map();
  return {
    on(topic, fn) {
      if (!handlers.has(topic)) handlers.set(topic, new Set());
      handlers.get(topic).add(fn);
      return () => handlers.get(topic).delete(fn);
    },
    emit(topic, data) {
      last.set(topic, data);
      for (const fn of [...(handlers.get(topic) || [])]) {
        try { fn(data); } catch (e) { console.error('handler of ' + topic + ' failed', e); }
      }
    },
    last(topic) { return last.get(topic); },
  };
}

/** A bus view whose subscriptions all end with dispose(): each view gets one. */
export function scoped(bus) {
  const offs = [];
  return {
    on(topic, fn) { const off = bus.on(topic, fn); offs.push(off); return off; },
    emit: bus.emit,
    last: bus.last,
    dispose() { offs.splice(0).forEach(off => off()); },
  };
}
