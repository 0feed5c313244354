// A promise reported unhandled becomes handled when a later timer passes it to Promise.all.
var p = Promise.reject('early');
p.label = 'early';
setTimeout(function () {
  var all = Promise.all([p]);
  all.label = 'all-of-early';
  log('timer');
}, 5);
setTimeout(function () { log('last timer'); }, 10);
