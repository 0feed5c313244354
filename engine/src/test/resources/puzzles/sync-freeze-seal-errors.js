'use strict';
// Object.freeze vs Object.seal in strict mode: which writes throw, and with what message?
const config = Object.freeze({ host: 'localhost', ports: [80, 443] });
const session = Object.seal({ user: 'ada' });
const account = { get balance() { return 100; } };
const attempts = [
  ['assign frozen', () => { config.host = 'example.com'; }],
  ['add to frozen', () => { config.debug = true; }],
  ['delete frozen', () => { delete config.host; }],
  ['nested array', () => { config.ports.push(8080); }],
  ['add to sealed', () => { session.role = 'admin'; }],
  ['change sealed', () => { session.user = 'grace'; }],
  ['delete sealed', () => { delete session.user; }],
  ['getter only', () => { account.balance = 0; }],
  ['frozen index', () => { Object.freeze([1, 2, 3])[0] = 9; }],
  ['symbol to text', () => `${Symbol('id')}`],
  ['empty reduce', () => [].reduce((a, b) => a + b)],
  ['bad uri', () => decodeURIComponent('%E0%A4%A')],
  ['null call', () => null.toString()],
];
for (const [label, run] of attempts) {
  try {
    run();
    console.log(label.padEnd(15), 'ok');
  } catch (e) {
    console.log(label.padEnd(15), `${e.name}: ${e.message}`);
  }
}
console.log(config, session, Object.isFrozen(config), Object.isSealed(session));
