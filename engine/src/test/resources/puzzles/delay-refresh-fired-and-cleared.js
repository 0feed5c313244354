// refresh() re-arms a timeout that already fired, even from another callback; a cleared one stays cleared.
const t = setTimeout(() => console.log('cleared, never'), 5);
clearTimeout(t);
t.refresh();
const u = setTimeout(() => console.log('u fired'), 5);
setTimeout(() => { console.log('refresh u from another timer'); u.refresh(); }, 20);
