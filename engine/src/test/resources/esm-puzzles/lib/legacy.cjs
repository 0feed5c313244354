exports.greet = function greet(who) {
  return 'hello ' + who;
};
exports.version = 3;
console.log('legacy.cjs runs when main imports it');
