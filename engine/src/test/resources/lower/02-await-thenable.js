// A foreign thenable: its then() runs in a job of its own, then the reaction.
const thenable = { then(res) { console.log('then called'); res('T'); } };
const late = { then(res) { setTimeout(() => res('late'), 0); } };
async function f() {
  console.log('f start');
  const v = await thenable;
  console.log('f got', v);
  const w = await late;
  console.log('f got', w);
}
f();
Promise.resolve().then(() => console.log('p1')).then(() => console.log('p2'))
  .then(() => console.log('p3')).then(() => console.log('p4'));
