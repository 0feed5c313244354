// The famous quiz: returning a promise from a then handler costs two extra ticks.
Promise.resolve().then(function () {
  log(0);
  return Promise.resolve(4);
}).then(function (res) {
  log(res);
});
Promise.resolve().then(function () {
  log(1);
}).then(function () {
  log(2);
}).then(function () {
  log(3);
}).then(function () {
  log(5);
}).then(function () {
  log(6);
});
