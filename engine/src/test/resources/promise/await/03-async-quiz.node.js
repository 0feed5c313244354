// The classic async1/async2 quiz.
async function async1() { log('async1 start'); await async2(); log('async1 end'); }
async function async2() { log('async2'); }
log('script start');
setTimeout(function () { log('setTimeout'); }, 0);
async1();
new Promise(function (resolve) { log('promise1'); resolve(); }).then(function () { log('promise2'); });
log('script end');
