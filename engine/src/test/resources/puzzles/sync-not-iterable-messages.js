// What V8 says when something that is not iterable is looped over, spread or destructured.
const user = { name: 'Ada', roles: ['admin', 'dev'], count: 2 };
function getSettings() { return { theme: 'dark' }; }
let missing;
const attempts = [
  () => { for (const key of user) console.log(key); },
  () => { for (const r of user.roles) console.log('role', r); },
  () => { for (const n of user.count) console.log(n); },
  () => { for (const s of getSettings()) console.log(s); },
  () => { for (const x of { a: 1 }) console.log(x); },
  () => { for (const x of missing) console.log(x); },
  () => { for (const x of (missing || 0)) console.log(x); },
  () => { const copy = [...user]; console.log(copy); },
  () => { const copy = [...user['roles'], ...'hi']; console.log(copy); },
  () => { const [first] = user; console.log(first); },
  () => { const [first] = null; console.log(first); },
  () => { console.log(Math.max(...user.count)); },
  () => { console.log(Math.max(...missing)); },
  () => { console.log(Object.fromEntries(user.count)); },
  () => { let a; [a] = 7; console.log(a); },
];
for (const attempt of attempts) {
  try { attempt(); } catch (e) { console.log(`${e.name}: ${e.message}`); }
}
